package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.FollowUpReasons;
import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.Reason;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Rules driven by the user's own data: block list, contacts, allow list. */
public final class ListRules {
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private ListRules() {}

  /**
   * An exact block entry rejects, even for a contact: the user explicitly blocked that number. Only
   * an exact allow entry created later (the user changed their mind) overrides it.
   */
  public static Optional<Outcome> exactBlock(ScreeningContext ctx) {
    Optional<ListEntry> block = ctx.blockEntry().filter(e -> !e.isPrefix());
    if (block.isEmpty()) {
      return Optional.empty();
    }
    Optional<ListEntry> newerAllow =
        ctx.allowEntry()
            .filter(
                a -> !a.isPrefix() && !isCallback(a) && a.created().isAfter(block.get().created()));
    if (newerAllow.isPresent()) {
      ctx.note(Reason.of("allowed-again", "time", newerAllow.get().created().toEpochMilli()));
      return Optional.empty();
    }
    return Optional.of(Outcome.reject(origin(Reason.of("blocked"), block.get())));
  }

  /** Contacts ring; during quiet hours only favourites do (others go to voicemail). */
  public static Optional<Outcome> contact(ScreeningContext ctx) {
    Optional<Contact> contact = ctx.contact();
    if (contact.isEmpty()) {
      return Optional.empty();
    }
    Contact c = contact.get();
    if (c.favourite()) {
      return Optional.of(
          Outcome.ring(Reason.of("contact.favourite", "name", c.name(), "id", c.id())));
    }
    return Optional.of(ringUnlessQuiet(ctx, Reason.of("contact", "name", c.name(), "id", c.id())));
  }

  /** Allow-list entries (exact or range, possibly time-limited) ring, except in quiet hours. */
  public static Optional<Outcome> allow(ScreeningContext ctx) {
    return ctx.allowEntry()
        .map(
            entry -> {
              if (isCallback(entry)) {
                return ringUnlessQuiet(
                    ctx,
                    FollowUpReasons.calledBack(Duration.between(entry.created(), ctx.instant())));
              }
              Reason allowed =
                  Reason.of(
                      "allowed",
                      "pattern",
                      entry.isPrefix() ? entry.pattern() : "",
                      "time",
                      entry.expires().map(t -> String.valueOf(t.toEpochMilli())).orElse(""));
              return ringUnlessQuiet(ctx, origin(allowed, entry));
            });
  }

  /**
   * An allowance because the user called the number: it never lifts an exact block (calling a
   * blocked number does not unblock it).
   */
  private static boolean isCallback(ListEntry entry) {
    return FollowUpReasons.CALLBACK_SOURCE.equals(entry.source());
  }

  /** Prefix/range/country block entries reject (contacts and allow entries were checked before). */
  public static Optional<Outcome> blockRange(ScreeningContext ctx) {
    return ctx.blockEntry()
        .filter(ListEntry::isPrefix)
        .map(
            e -> {
              Reason reason = origin(Reason.of("blocked.range", "pattern", e.pattern()), e);
              // a stored robot quarantine is turned away like the live one (robot_reject_with)
              return ROBOT_RANGE.equals(e.source())
                  ? Outcome.robotReject(reason)
                  : Outcome.reject(reason);
            });
  }

  /** The source of block entries made from robot-range quarantines. */
  private static final String ROBOT_RANGE = "robot-range";

  private static Outcome ringUnlessQuiet(ScreeningContext ctx, Reason reason) {
    Optional<String> quiet = ctx.quietHours();
    if (quiet.isPresent()) {
      ctx.note(reason);
      return Outcome.voicemail(Reason.of("quiet.only-favourites", "span", quiet.get()));
    }
    return Outcome.ring(reason);
  }

  /** {@code reason} with where the entry came from and the entry's note ({@code origin}). */
  static Reason origin(Reason reason, ListEntry entry) {
    Map<String, String> args = new LinkedHashMap<>(reason.args());
    args.put("origin", entry.source().isBlank() ? "cli" : entry.source());
    args.put("note", entry.reason());
    return new Reason(reason.code(), args);
  }
}
