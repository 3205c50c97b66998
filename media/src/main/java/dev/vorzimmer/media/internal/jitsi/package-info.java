/**
 * The device layer on libjitsi: the only package that imports {@code org.jitsi.*}, {@code
 * javax.media.*} (FMJ) and JNA. It starts libjitsi with its configuration and caches in the
 * application's data folder, keeps device systems whose native libraries would take the JVM down
 * switched off, and adapts libjitsi capture devices and renderers to {@code AudioSource} and {@code
 * AudioSink}. Not API: may change without notice.
 */
package dev.vorzimmer.media.internal.jitsi;
