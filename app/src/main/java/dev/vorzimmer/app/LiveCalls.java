package dev.vorzimmer.app;

/**
 * Controls the audio of calls the user is talking on (outgoing calls and answered incoming calls).
 * Calls the answering machine has, and calls without started media, are not live. Safe to call from
 * any thread; each method returns at once.
 */
public interface LiveCalls {

  /**
   * Sends silence instead of the user's audio while {@code on}.
   *
   * @return false when {@code callId} has no live audio (not yet connected, already ended, or
   *     voicemail)
   */
  boolean setMuted(String callId, boolean on);

  /**
   * Sends {@code digit} to the peer as RFC 4733 telephone-events.
   *
   * @return false when {@code callId} has no live audio or the peer did not negotiate
   *     telephone-event
   * @throws IllegalArgumentException when {@code digit} is not one of {@code 0-9 * # A-D}
   */
  boolean sendDtmf(String callId, char digit);
}
