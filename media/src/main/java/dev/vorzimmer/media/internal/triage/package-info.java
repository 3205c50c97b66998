/**
 * The signal processing behind {@link dev.vorzimmer.media.MessageTriage}: per-frame features
 * (energy, zero crossings, Goertzel filters for telephone signals, spectral change) and the
 * decision over a whole recording. Not API: may change without notice.
 */
package dev.vorzimmer.media.internal.triage;
