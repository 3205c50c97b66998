/**
 * Media for Vorzimmer: RTP audio (G.711, RFC 4733 DTMF), the answering machine for screened calls,
 * greetings, and crash-safe message recordings. Knows nothing of SIP: callers pass addresses,
 * ports, payload types and file paths taken from SDP and the message store.
 *
 * <p>Typical use: {@link dev.vorzimmer.media.RtpSocket#open} to get the local port for the SDP
 * answer, then an {@link dev.vorzimmer.media.AnsweringMachine} with the peer's address and payload
 * type, {@code start()}, and {@code stop()} on BYE. At start-up, run {@link
 * dev.vorzimmer.media.RecordingRecovery#recover} on the recordings directory.
 *
 * <p>Live calls: once at start-up (off the UI thread) {@link
 * dev.vorzimmer.media.AudioDevices#open}; per call a {@link dev.vorzimmer.media.LiveSession} on the
 * call's socket with {@code devices.openInput(Optional.empty())} and {@code
 * devices.openOutput(Optional.empty())}; its listener reports missing or failed devices so the user
 * can be told.
 */
package dev.vorzimmer.media;
