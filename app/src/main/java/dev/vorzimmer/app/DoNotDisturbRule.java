package dev.vorzimmer.app;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.ContactDirectory;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.GreetingChoice;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.screening.store.DoNotDisturb;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Do not disturb" on top of the screening rules: while it is on (switched in the window or with
 * {@code vorzimmer dnd}, read from the shared database on each call), a call that would ring goes
 * to the answering machine with the reason {@link #REASON} — unless the caller is a favourite.
 */
public final class DoNotDisturbRule implements UnaryOperator<Decision> {
  /** The deciding reason added to a call that would have rung. */
  public static final Reason REASON = Reason.of("dnd");

  private static final Logger log = LoggerFactory.getLogger(DoNotDisturbRule.class);
  private final DoNotDisturb dnd;
  private final ContactDirectory contacts;
  private final Clock clock;

  public DoNotDisturbRule(DoNotDisturb dnd, ContactDirectory contacts, Clock clock) {
    this.dnd = dnd;
    this.contacts = contacts;
    this.clock = clock;
  }

  @Override
  public Decision apply(Decision d) {
    if (d.verdict() != Verdict.RING || favourite(d) || !active()) {
      return d;
    }
    List<Reason> reasons = new ArrayList<>(d.reasons());
    reasons.add(REASON);
    return new Decision(Verdict.VOICEMAIL, reasons, d.callerInfo(), GreetingChoice.DEFAULT, 0);
  }

  private boolean favourite(Decision d) {
    return d.callerInfo()
        .e164()
        .flatMap(contacts::findByNumber)
        .map(Contact::favourite)
        .orElse(false);
  }

  /** On when the store says so; a database that cannot be read lets the call ring. */
  private boolean active() {
    try {
      return dnd.activeAt(clock.instant());
    } catch (RuntimeException e) {
      log.warn("could not read do-not-disturb; the call rings", e);
      return false;
    }
  }
}
