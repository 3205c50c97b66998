package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.screening.FollowUpReasons;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.screening.store.MessageIndex;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Notices when {@value #PROPOSE_AFTER} messages without speech (silent or tones only) came from one
 * number range on one day, and proposes blocking that range — never blocks it itself. The range is
 * the robot-range detector's ({@code Screener.rangeOf}). Each range is proposed at most once a day.
 * Confined to the store lane (not thread-safe).
 */
public final class RobotMessageRanges {
  /** Robot messages from one range on one day that make the phone propose blocking it. */
  public static final int PROPOSE_AFTER = 3;

  /** A proposal to block {@code pattern} ({@code +49211555990*}) after {@code messages}. */
  public record Proposal(String pattern, int messages, Reason text) {}

  private final MessageIndex index;
  private final Function<String, Optional<String>> rangeOf;
  private final Predicate<String> blockedForGood;
  private final Clock clock;
  private final Set<String> proposedToday = new HashSet<>();
  private LocalDate day;

  /**
   * @param rangeOf the range pattern of an E.164 number, empty if it forms none
   * @param blockedForGood true when a pattern is already on the block list without an end
   */
  public RobotMessageRanges(
      MessageIndex index,
      Function<String, Optional<String>> rangeOf,
      Predicate<String> blockedForGood,
      Clock clock) {
    this.index = index;
    this.rangeOf = rangeOf;
    this.blockedForGood = blockedForGood;
    this.clock = clock;
  }

  /**
   * After a robot message from {@code caller} was stored: the proposal to block its range, if this
   * message made it reach {@value #PROPOSE_AFTER} today.
   */
  public Optional<Proposal> afterRobotMessage(String caller) {
    Optional<String> range = caller.startsWith("+") ? rangeOf.apply(caller) : Optional.empty();
    if (range.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    if (!today.equals(day)) {
      day = today;
      proposedToday.clear();
    }
    if (proposedToday.contains(range.get()) || blockedForGood.test(range.get())) {
      return Optional.empty();
    }
    Instant midnight = today.atStartOfDay(clock.getZone()).toInstant();
    int count =
        (int)
            index.since(midnight).stream()
                .filter(MessageEntry::probablyRobot)
                .filter(m -> m.caller().startsWith("+"))
                .filter(m -> rangeOf.apply(m.caller()).equals(range))
                .count();
    if (count < PROPOSE_AFTER) {
      return Optional.empty();
    }
    proposedToday.add(range.get());
    return Optional.of(
        new Proposal(range.get(), count, FollowUpReasons.robotRangeProposal(range.get(), count)));
  }
}
