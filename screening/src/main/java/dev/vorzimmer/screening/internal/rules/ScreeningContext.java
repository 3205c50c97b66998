package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.ContactDirectory;
import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.NumberLists;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ScreeningConfig;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the rules know about one call being screened. One instance per decision, used by one
 * thread; directory and list look-ups are done at most once and remembered.
 */
public final class ScreeningContext {
  private final ScreeningConfig config;
  private final Caller caller;
  private final ZonedDateTime now;
  private final ContactDirectory contacts;
  private final NumberLists lists;
  private final List<Reason> reasons = new ArrayList<>(4);
  private final Optional<Instant> previousCall;
  private final boolean robotTriggered;
  private CallerInfo info;
  private Optional<Contact> contact;
  private Optional<ListEntry> block;
  private Optional<ListEntry> allow;
  private int lookupVotes;

  /**
   * @param previousCall when this number called before (for the repeat-caller rule)
   * @param robotTriggered true when this very call made the robot detector quarantine its range
   */
  public ScreeningContext(
      ScreeningConfig config,
      Caller caller,
      CallerInfo info,
      ZonedDateTime now,
      ContactDirectory contacts,
      NumberLists lists,
      Optional<Instant> previousCall,
      boolean robotTriggered) {
    this.config = config;
    this.caller = caller;
    this.info = info;
    this.now = now;
    this.contacts = contacts;
    this.lists = lists;
    this.previousCall = previousCall;
    this.robotTriggered = robotTriggered;
  }

  public ScreeningConfig config() {
    return config;
  }

  public Caller caller() {
    return caller;
  }

  public CallerInfo info() {
    return info;
  }

  /** Replaces the caller info (after an online lookup enriched it). */
  public void info(CallerInfo enriched) {
    this.info = enriched;
  }

  /** The E.164 number; only call when {@code info().hasNumber()}. */
  public String e164() {
    return info.e164().orElseThrow(() -> new IllegalStateException("caller has no number"));
  }

  public ZonedDateTime now() {
    return now;
  }

  public Instant instant() {
    return now.toInstant();
  }

  public Optional<Instant> previousCall() {
    return previousCall;
  }

  public boolean robotTriggered() {
    return robotTriggered;
  }

  /** Spam votes the online lookup reported below its threshold (0: none or not asked). */
  public int lookupVotes() {
    return lookupVotes;
  }

  /** Records spam votes below the lookup threshold (a robot suspect). */
  public void lookupVotes(int votes) {
    lookupVotes = votes;
  }

  /** Adds an informational reason (shown before the deciding one). */
  public void note(Reason reason) {
    reasons.add(reason);
  }

  /** Reasons noted so far. */
  public List<Reason> reasons() {
    return reasons;
  }

  /** The contact owning the number, looked up once. */
  public Optional<Contact> contact() {
    if (contact == null) {
      contact = info.hasNumber() ? contacts.findByNumber(e164()) : Optional.empty();
    }
    return contact;
  }

  /** The most specific active block entry, looked up once. */
  public Optional<ListEntry> blockEntry() {
    if (block == null) {
      block = info.hasNumber() ? lists.match(e164(), ListKind.BLOCK, instant()) : Optional.empty();
    }
    return block;
  }

  /** The most specific active allow entry, looked up once. */
  public Optional<ListEntry> allowEntry() {
    if (allow == null) {
      allow = info.hasNumber() ? lists.match(e164(), ListKind.ALLOW, instant()) : Optional.empty();
    }
    return allow;
  }

  /** The first quiet-hours span containing now, if any. */
  public Optional<String> quietHours() {
    for (var span : config.quietHours()) {
      if (span.contains(now)) {
        return Optional.of(span.text());
      }
    }
    return Optional.empty();
  }
}
