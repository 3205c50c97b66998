package dev.vorzimmer.ui;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.RegistrationEvent;

/** What the window reacts to; every method is called on the EDT by {@link EdtEvents}. */
interface UiEvents {
  default void registration(RegistrationEvent event) {}

  default void call(CallEvent event) {}

  /** The call log changed (a new call, or a call's outcome was recorded). */
  default void callLogChanged() {}

  /** A message was created, finished, failed or recovered. */
  default void messagesChanged() {}
}
