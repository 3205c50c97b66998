/**
 * Implementation of the media API: RTP packets, G.711, RFC 4733 events, the pacer, audio placement
 * by timestamp, recording I/O and audio format conversion. Not API: may change without notice.
 */
package dev.vorzimmer.media.internal.rtp;
