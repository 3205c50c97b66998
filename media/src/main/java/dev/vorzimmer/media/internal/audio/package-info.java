/**
 * Live-audio plumbing without any device library: the jitter buffer between a device's own clock
 * and the media pacer, PCM byte decoding, streaming resampling to 8 kHz, and the placeholder used
 * when no device is usable. Not API: may change without notice.
 */
package dev.vorzimmer.media.internal.audio;
