package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.screening.FollowUpReasons;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.screening.store.MessageIndex;
import dev.vorzimmer.screening.store.RangeProposals;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Notices when {@value #PROPOSE_AFTER} messages without speech (silent or tones only) came from one
 * number range on one day, and proposes blocking that range — never blocks it itself. The range is
 * the robot-range detector's ({@code Screener.rangeOf}). Each range is proposed at most once a day;
 * the offer and the user's answer are stored ({@link RangeProposals}), so both outlive a restart.
 * Runs on the store lane.
 */
public final class RobotMessageRanges {
  /** Robot messages from one range on one day that make the phone propose blocking it. */
  public static final int PROPOSE_AFTER = 3;

  /** A proposal to block {@code pattern} ({@code +49211555990*}) after {@code messages}. */
  public record Proposal(String pattern, int messages, Reason text) {
    /** The offer for {@code pattern} after {@code messages} robot messages, with its words. */
    public static Proposal of(String pattern, int messages) {
      return new Proposal(pattern, messages, FollowUpReasons.robotRangeProposal(pattern, messages));
    }
  }

  private final MessageIndex index;
  private final Function<String, Optional<String>> rangeOf;
  private final Predicate<String> blockedForGood;
  private final RangeProposals proposals;
  private final Clock clock;

  /**
   * @param rangeOf the range pattern of an E.164 number, empty if it forms none
   * @param blockedForGood true when a pattern is already on the block list without an end
   * @param proposals where offers and answers are kept
   */
  public RobotMessageRanges(
      MessageIndex index,
      Function<String, Optional<String>> rangeOf,
      Predicate<String> blockedForGood,
      RangeProposals proposals,
      Clock clock) {
    this.index = index;
    this.proposals = proposals;
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
    boolean offeredToday =
        proposals.find(range.get()).map(p -> p.day().equals(today)).orElse(false);
    if (offeredToday || blockedForGood.test(range.get())) {
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
    proposals.propose(range.get(), count, today, clock.instant());
    return Optional.of(Proposal.of(range.get(), count));
  }
}
