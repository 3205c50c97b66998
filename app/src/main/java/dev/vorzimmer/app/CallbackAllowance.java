package dev.vorzimmer.app;

import dev.vorzimmer.screening.FollowUpReasons;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.store.ScreeningStore;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.SipAgentListener;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Call back opens the door": every outgoing call to a number — from the call log, a message, the
 * dial bar or {@code vorzimmer call} — allows that number for {@code [screening]
 * callback_allow_hours} (default 48; 0 = off), so the return call rings. It becomes a temporary
 * allow-list entry with source {@value FollowUpReasons#CALLBACK_SOURCE} (shown in the allow list,
 * removed when it ends); calling again renews it. A call's decision then says "you called this
 * number 2 h ago". Contacts and numbers allowed for good are left alone (they ring anyway), and it
 * never lifts an exact block.
 *
 * <p>Listens on the SIP thread and writes on the store lane.
 */
public final class CallbackAllowance implements SipAgentListener {
  private static final Logger log = LoggerFactory.getLogger(CallbackAllowance.class);
  private final Screener screener;
  private final ScreeningStore store;
  private final Executor lane;
  private final Clock clock;

  /**
   * @param lane the store lane the entry is written on
   */
  public CallbackAllowance(Screener screener, ScreeningStore store, Executor lane, Clock clock) {
    this.screener = screener;
    this.store = store;
    this.lane = lane;
    this.clock = clock;
  }

  @Override
  public void onCall(CallEvent event) {
    if (event.incoming() || event.state() != CallState.CALLING) {
      return;
    }
    Duration allowFor = screener.config().callbackAllow();
    if (allowFor.isZero()) {
      return;
    }
    try {
      lane.execute(() -> allow(event.peer(), allowFor));
    } catch (RejectedExecutionException e) {
      log.warn("the call to {} does not open the door: the phone is stopping", event.peer());
    }
  }

  /** True when an allow entry without an end already covers {@code e164} (it rings anyway). */
  private boolean allowedForGood(String e164) {
    return store
        .lists()
        .match(e164, ListKind.ALLOW, clock.instant())
        .filter(e -> e.expires().isEmpty())
        .isPresent();
  }

  /**
   * Allows {@code dialled} (as typed: a number, {@code tel:} or {@code sip:} URI) for {@code
   * allowFor}; returns the number allowed, empty when it is no number or a contact.
   */
  public Optional<String> allow(String dialled, Duration allowFor) {
    Optional<String> e164;
    try {
      e164 = screener.normaliser().describe(dialled).e164();
    } catch (RuntimeException e) {
      e164 = Optional.empty();
    }
    if (e164.isEmpty()
        || store.contacts().findByNumber(e164.get()).isPresent()
        || allowedForGood(e164.get())) {
      return Optional.empty();
    }
    try {
      store
          .listStore()
          .removeFromSource(e164.get(), ListKind.ALLOW, FollowUpReasons.CALLBACK_SOURCE);
      store
          .listStore()
          .add(
              e164.get(),
              ListKind.ALLOW,
              FollowUpReasons.callbackEntry(allowFor),
              FollowUpReasons.CALLBACK_SOURCE,
              Optional.of(clock.instant().plus(allowFor)));
      log.info("you called {}: it rings for {} h", e164.get(), allowFor.toHours());
      return e164;
    } catch (RuntimeException e) {
      log.error("could not allow {} after your call", e164.get(), e);
      return Optional.empty();
    }
  }
}
