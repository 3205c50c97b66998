package dev.vorzimmer.app;

import dev.vorzimmer.media.LiveSessionListener.DeviceState;
import java.util.function.Consumer;

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

  /**
   * A live call's microphone and speaker: reported when its audio starts and whenever one of them
   * starts or stops working (the call goes on either way).
   */
  record Devices(String callId, DeviceState state) {}

  /**
   * {@code listener} hears every {@link Devices} report of every live call, on a media thread:
   * return quickly (post to the UI thread).
   */
  default void addDeviceListener(Consumer<Devices> listener) {}
}
