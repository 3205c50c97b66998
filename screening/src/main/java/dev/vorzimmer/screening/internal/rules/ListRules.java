package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.FollowUpReasons;
import dev.vorzimmer.screening.ListEntry;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
      ctx.note(
          "blocked earlier, allowed again since "
              + format(newerAllow.get().created(), ctx.now().getZone()));
      return Optional.empty();
    }
    return Optional.of(Outcome.reject("on blocklist: " + origin(block.get())));
  }

  /** Contacts ring; during quiet hours only favourites do (others go to voicemail). */
  public static Optional<Outcome> contact(ScreeningContext ctx) {
    Optional<Contact> contact = ctx.contact();
    if (contact.isEmpty()) {
      return Optional.empty();
    }
    Contact c = contact.get();
    if (c.favourite()) {
      return Optional.of(Outcome.ring("favourite contact " + c.name()));
    }
    return Optional.of(ringUnlessQuiet(ctx, "contact " + c.name()));
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
              String until =
                  entry.expires().map(t -> " until " + format(t, ctx.now().getZone())).orElse("");
              String range = entry.isPrefix() ? " (range " + entry.pattern() + ")" : "";
              return ringUnlessQuiet(ctx, "on allow-list" + range + until + ": " + origin(entry));
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
              String reason = "on blocklist (range " + e.pattern() + "): " + origin(e);
              // a stored robot quarantine is turned away like the live one (robot_reject_with)
              return ROBOT_RANGE.equals(e.source())
                  ? Outcome.robotReject(reason)
                  : Outcome.reject(reason);
            });
  }

  /** The source of block entries made from robot-range quarantines. */
  private static final String ROBOT_RANGE = "robot-range";

  private static Outcome ringUnlessQuiet(ScreeningContext ctx, String reason) {
    Optional<String> quiet = ctx.quietHours();
    if (quiet.isPresent()) {
      ctx.note(reason);
      return Outcome.voicemail("quiet hours (" + quiet.get() + "), only favourites ring");
    }
    return Outcome.ring(reason);
  }

  /** Where an entry came from, for reasons: "imported from callcentres.txt", "added by you", … */
  static String origin(ListEntry entry) {
    String source = entry.source();
    String from;
    if (source.startsWith("import:")) {
      from = "imported from " + source.substring("import:".length());
    } else if (source.equals("cli") || source.equals("ui") || source.isBlank()) {
      from = "added by you";
    } else if (source.equals("robot-range")) {
      from = "robot range made permanent";
    } else {
      from = "from " + source;
    }
    return entry.reason().isBlank() ? from : entry.reason() + " (" + from + ")";
  }

  static String format(java.time.Instant instant, ZoneId zone) {
    return UNTIL.format(instant.atZone(zone));
  }
}
