package dev.vorzimmer.app;

import dev.vorzimmer.screening.ChallengeConfig;
import dev.vorzimmer.screening.ChallengeReasons;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.screening.store.CallLog;
import dev.vorzimmer.screening.store.ListStore;
import dev.vorzimmer.sip.ChallengeEvent;
import dev.vorzimmer.sip.SipAgentListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What follows a robot challenge in the app: its end is added to the call's reasons in the call log
 * ("passed the challenge in 1.8 s"), and a number that passed gets an allow entry for {@code
 * challenge_remember_days}, so it rings directly next time. Writes run on the store lane.
 */
final class ChallengeMemory implements SipAgentListener {
  private static final Logger log = LoggerFactory.getLogger(ChallengeMemory.class);

  private final ScreeningPolicy policy;
  private final CallLog callLog;
  private final ListStore lists;
  private final Supplier<ChallengeConfig> config;
  private final Clock clock;
  private final Executor store;

  ChallengeMemory(
      ScreeningPolicy policy,
      CallLog callLog,
      ListStore lists,
      Supplier<ChallengeConfig> config,
      Clock clock,
      Executor store) {
    this.policy = policy;
    this.callLog = callLog;
    this.lists = lists;
    this.config = config;
    this.clock = clock;
    this.store = store;
  }

  @Override
  public void onChallenge(ChallengeEvent event) {
    Optional<ScreeningPolicy.Logged> logged = policy.decisionFor(event.callId());
    if (logged.isEmpty()) {
      log.info("call {}: challenge {} for a call no longer known", event.callId(), event.step());
      return;
    }
    List<Reason> reasons = new ArrayList<>(logged.get().decision().reasons());
    reasons.addAll(reasonsOf(event, config.get().failVerdict()));
    Optional<String> number = logged.get().decision().callerInfo().e164();
    logged
        .get()
        .logId()
        .thenAcceptAsync(
            id -> {
              try {
                callLog.updateReasons(id, reasons);
                if (event.step() == ChallengeEvent.Step.PASSED) {
                  number.ifPresent(this::remember);
                }
                policy.callLogChanged();
              } catch (RuntimeException e) {
                log.error("could not record the challenge of call {}", event.callId(), e);
              }
            },
            store);
  }

  /** The reasons a challenge's end adds, in order. */
  static List<Reason> reasonsOf(ChallengeEvent event, Verdict fail) {
    return switch (event.step()) {
      case PASSED -> List.of(ChallengeReasons.passed(event.elapsed()));
      case WRONG_DIGIT ->
          List.of(
              ChallengeReasons.wrongDigit(event.digit().orElse('?'), event.expected()),
              ChallengeReasons.failOutcome(fail));
      case NO_DIGIT ->
          List.of(ChallengeReasons.noDigit(event.elapsed()), ChallengeReasons.failOutcome(fail));
      case FAX_TONE -> List.of(ChallengeReasons.faxTone(), ChallengeReasons.failOutcome(fail));
      case HUNG_UP -> List.of(ChallengeReasons.hungUp(event.elapsed()));
    };
  }

  private void remember(String e164) {
    var days = config.get().remember();
    if (days.isZero()) {
      return;
    }
    lists.add(
        e164,
        ListKind.ALLOW,
        ChallengeReasons.rememberedNote(),
        ChallengeReasons.SOURCE,
        Optional.of(clock.instant().plus(days)));
    log.info("{} passed the challenge: allowed for {} days", e164, days.toDays());
  }
}
