package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.screening.store.CallResult;
import dev.vorzimmer.screening.store.DoNotDisturb;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.IncomingCall;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The policy keeps a call's decision only while the call lasts, also when the call ends before it
 * is decided.
 */
class ScreeningPolicyTest {
  @TempDir Path dir;
  private final List<Runnable> decisions = new ArrayList<>();

  @Test
  void aCallThatEndsIsForgottenAndItsOutcomeLogged() throws Exception {
    try (ScreeningModule module = module()) {
      ScreeningPolicy policy = policy(module);
      policy.evaluate(call("c1@test"));
      decisions.forEach(Runnable::run);
      assertThat(policy.decisionFor("c1@test")).isPresent();

      policy.onCall(ended("c1@test", CallOutcome.MISSED));

      assertThat(policy.decisionFor("c1@test")).isEmpty();
      assertThat(module.store().callLog().recentCalls(1).get(0).outcome()).isEqualTo("missed");
    }
  }

  @Test
  void aCallThatEndsWhileBeingDecidedIsNotKeptForever() throws Exception {
    try (ScreeningModule module = module()) {
      ScreeningPolicy policy = policy(module);
      policy.evaluate(call("c2@test"));
      policy.onCall(
          ended("c2@test", CallOutcome.CANCELLED)); // the caller hung up during an online lookup

      decisions.forEach(Runnable::run);

      assertThat(policy.decisionFor("c2@test")).isEmpty();
      assertThat(module.store().callLog().recentCalls(1).get(0).outcome()).isEqualTo("cancelled");
    }
  }

  @Test
  void aCallThatEndsBeforeItsRowIsWrittenCostsOneWrite() throws Exception {
    try (ScreeningModule module = module()) {
      List<Runnable> writes = new ArrayList<>();
      List<Boolean> changes = new ArrayList<>();
      ScreeningPolicy policy = policy(module, writes::add);
      policy.addCallLogListener(() -> changes.add(true));
      policy.evaluate(call("c5@test"));
      decisions.forEach(Runnable::run);
      policy.onCall(ended("c5@test", CallOutcome.REJECTED)); // the 603 went out, the row waits

      assertThat(writes).as("row and end in one write").hasSize(1);
      writes.get(0).run();
      assertThat(writes).as("nothing queued after the row").hasSize(1);

      CallLogEntry row = module.store().callLog().recentCalls(1).get(0);
      assertThat(row.outcome()).isEqualTo("rejected");
      assertThat(row.rawNumber()).isEqualTo("+4930987654");
      assertThat(changes).as("the views re-read the log once").hasSize(1);
      assertThat(policy.decisionFor("c5@test")).isEmpty();
    }
  }

  @Test
  void aCallThatEndsAfterItsRowIsWrittenGetsItsOutcomeAfterwards() throws Exception {
    try (ScreeningModule module = module()) {
      List<Runnable> writes = new ArrayList<>();
      ScreeningPolicy policy = policy(module, writes::add);
      policy.evaluate(call("c6@test"));
      decisions.forEach(Runnable::run);
      writes.remove(0).run();
      assertThat(module.store().callLog().recentCalls(1).get(0).outcome()).isEqualTo("ringing");

      policy.onCall(ended("c6@test", CallOutcome.MISSED));
      assertThat(writes).hasSize(1);
      writes.remove(0).run();

      assertThat(module.store().callLog().recentCalls(1).get(0).outcome()).isEqualTo("missed");
    }
  }

  @Test
  void rejectedCallsOfAFloodAreWrittenTogetherAndOtherCallsAtOnce() throws Exception {
    ScheduledExecutorService lane = Executors.newSingleThreadScheduledExecutor();
    try (ScreeningModule module = moduleBlocking("+49211555*")) {
      BlockingQueue<Integer> rowsAtChange = new LinkedBlockingQueue<>();
      ScreeningPolicy policy = policy(module, lane);
      policy.addCallLogListener(
          () -> rowsAtChange.add(module.store().callLog().recentCalls(100).size()));
      CountDownLatch busy = new CountDownLatch(1);
      lane.execute(() -> awaitQuietly(busy)); // the lane is busy: however slow this test runs
      for (int i = 0; i < 3; i++) {
        policy.evaluate(call("r" + i + "@test", "+4921155500" + i));
      }
      decisions.forEach(Runnable::run);
      decisions.clear();
      for (int i = 0; i < 3; i++) {
        policy.onCall(ended("r" + i + "@test", CallOutcome.REJECTED));
      }
      busy.countDown();

      assertThat(rowsAtChange.poll(5, TimeUnit.SECONDS))
          .as("the three rejected calls in one write")
          .isEqualTo(3);
      assertThat(module.store().callLog().recentCalls(10))
          .extracting(CallLogEntry::outcome)
          .containsOnly("rejected");

      policy.evaluate(call("v@test", "+4930987654"));
      decisions.forEach(Runnable::run);
      assertThat(policy.decisionFor("v@test").orElseThrow().logId().get(1, TimeUnit.SECONDS))
          .as("a call that is not rejected is written without waiting")
          .isPositive();
      assertThat(rowsAtChange.poll(5, TimeUnit.SECONDS)).isEqualTo(4);
    } finally {
      lane.shutdown();
    }
  }

  @Test
  void aRejectedCallGatheredWhenTheLaneStopsIsStillWritten() throws Exception {
    ScheduledExecutorService lane = Executors.newSingleThreadScheduledExecutor();
    try (ScreeningModule module = moduleBlocking("+49211555*")) {
      ScreeningPolicy policy = policy(module, lane);
      policy.evaluate(call("s@test", "+49211555009"));
      decisions.forEach(Runnable::run);
      policy.onCall(ended("s@test", CallOutcome.REJECTED));

      lane.shutdown(); // as the phone's stop does, right after the 603
      assertThat(lane.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

      assertThat(module.store().callLog().recentCalls(1))
          .singleElement()
          .extracting(CallLogEntry::outcome)
          .isEqualTo("rejected");
    }
  }

  @Test
  void aFloodOfRejectedCallsLogsTheFirstDecisionsOfASecondAndThenHowManyMoreCame()
      throws Exception {
    ScheduledExecutorService lane = Executors.newSingleThreadScheduledExecutor();
    Logger logger = (Logger) LoggerFactory.getLogger(ScreeningPolicy.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    int flood = ScreeningPolicy.REJECTED_LINES_PER_SECOND + 20;
    try (ScreeningModule module = moduleBlocking("+49211555*")) {
      ScreeningPolicy policy = policy(module, lane);
      // first a call that is not rejected: the flood's decisions then run warm, well within a
      // second
      policy.evaluate(call("v@test", "+4930987654"));
      decisions.forEach(Runnable::run);
      decisions.clear();
      for (int i = 0; i < flood; i++) {
        policy.evaluate(call("r" + i + "@test", String.format("+492115550%02d", i)));
      }
      decisions.forEach(Runnable::run);
      // the summary is written on the lane when the flood's second is over
      lane.schedule(() -> {}, 1100, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
      assertThat(module.store().callLog().recentCalls(100)).hasSize(flood + 1);
    } finally {
      logger.detachAppender(logged);
      lane.shutdown();
    }

    List<String> lines = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines)
        .filteredOn(l -> l.contains(": REJECT"))
        .hasSize(ScreeningPolicy.REJECTED_LINES_PER_SECOND);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("call v@test from +4930987654"));
    assertThat(lines.get(lines.size() - 1))
        .startsWith("20 more rejected calls in the last second not logged one by one");
  }

  @Test
  void aFavouriteWhoRangTheWholeRingTimeIsUnansweredWithThatReason() throws Exception {
    try (ScreeningModule module = module()) {
      module
          .store()
          .contactBook()
          .add(new Contact(0, "Erika", List.of("+4930987654"), Optional.empty(), true));
      ScreeningPolicy policy = policy(module);
      policy.evaluate(call("c3@test"));
      decisions.forEach(Runnable::run);
      policy.onCall(event("c3@test", CallState.RINGING, "ringing: favourite"));
      policy.onCall(event("c3@test", CallState.CONNECTING, "voicemail: no answer after 25000 ms"));
      policy.onCall(event("c3@test", CallState.VOICEMAIL, "greeting"));
      assertThat(policy.decisionFor("c3@test").orElseThrow().decision().mainReason())
          .as("the message recorded now gets the real reason")
          .isEqualTo(Reason.of("unanswered", "seconds", 25));

      policy.onCall(ended("c3@test", CallOutcome.VOICEMAIL));

      CallLogEntry row = module.store().callLog().recentCalls(1).get(0);
      assertThat(row.outcome()).isEqualTo("unanswered");
      assertThat(row.reasons()).last().isEqualTo(Reason.of("unanswered", "seconds", 25));
      assertThat(CallResult.of(row.verdict(), row.outcome(), false)).isEqualTo(CallResult.MISSED);
    }
  }

  @Test
  void aCallScreenedToVoicemailKeepsItsOutcome() throws Exception {
    try (ScreeningModule module = module()) {
      ScreeningPolicy policy = policy(module);
      policy.evaluate(call("c4@test"));
      decisions.forEach(Runnable::run);
      policy.onCall(event("c4@test", CallState.CONNECTING, "voicemail: unknown number"));
      policy.onCall(ended("c4@test", CallOutcome.VOICEMAIL));
      CallLogEntry row = module.store().callLog().recentCalls(1).get(0);
      assertThat(row.outcome()).isEqualTo("voicemail");
      assertThat(row.reasons()).doesNotContain(Reason.of("unanswered", "seconds", 25));
    }
  }

  @Test
  void doNotDisturbSendsAllButFavouritesToVoicemail() throws Exception {
    try (ScreeningModule module = module()) {
      module
          .store()
          .contactBook()
          .add(new Contact(0, "Erika", List.of("+4930987654"), Optional.empty(), false));
      module.store().doNotDisturb().set(new DoNotDisturb.On(Optional.empty()));
      DoNotDisturbRule rule =
          new DoNotDisturbRule(
              module.store().doNotDisturb(), module.store().contacts(), Clock.systemUTC());
      Decision contact = rule.apply(module.screener().dryRun(caller()));
      assertThat(contact.verdict()).isEqualTo(Verdict.VOICEMAIL);
      assertThat(contact.mainReason()).isEqualTo(DoNotDisturbRule.REASON);

      Contact erika = module.store().contactBook().list().get(0);
      module
          .store()
          .contactBook()
          .update(new Contact(erika.id(), erika.name(), erika.numbers(), Optional.empty(), true));
      assertThat(rule.apply(module.screener().dryRun(caller())).verdict())
          .as("a favourite still rings")
          .isEqualTo(Verdict.RING);

      module.store().doNotDisturb().set(new DoNotDisturb.Off());
      Contact fav = module.store().contactBook().list().get(0);
      module
          .store()
          .contactBook()
          .update(new Contact(fav.id(), fav.name(), fav.numbers(), Optional.empty(), false));
      assertThat(rule.apply(module.screener().dryRun(caller())).verdict()).isEqualTo(Verdict.RING);
    }
  }

  @Test
  void theWarmUpAtStartRecordsNothing() throws Exception {
    try (ScreeningModule module = module()) {
      ScreeningPolicy policy = policy(module);
      var warmUp = policy.warmUp();
      decisions.forEach(Runnable::run);
      assertThat(warmUp.get()).isGreaterThan(0);
      assertThat(module.store().callLog().recentCalls(10)).isEmpty();

      // a number the warm-up used calls for real: not a repeat caller, so it is not put through
      String used = DecisionWarmUp.callers(module.screener()).get(1).rawNumber();
      assertThat(module.screener().decide(new Caller(used, "", "", Optional.empty())).verdict())
          .isEqualTo(Verdict.VOICEMAIL);
      assertThat(module.screener().decide(new Caller(used, "", "", Optional.empty())).verdict())
          .as("the second real call within the repeat window rings")
          .isEqualTo(Verdict.RING);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Caller caller() {
    return new Caller("+4930987654", "", "", Optional.empty());
  }

  private static CallEvent event(String callId, CallState state, String reason) {
    return new CallEvent(callId, true, state, "+4930987654", "", Optional.empty(), reason);
  }

  /** {@link #module()} with {@code pattern} on the block list. */
  private ScreeningModule moduleBlocking(String pattern) throws Exception {
    ScreeningModule module = module();
    module
        .store()
        .listStore()
        .add(pattern, ListKind.BLOCK, "call centre", "user", Optional.empty());
    return module;
  }

  private ScreeningModule module() throws Exception {
    AppHome home = AppHome.at(dir);
    return ScreeningModule.open(
        home, new ConfigLoader().load(home.configFile()), Clock.systemDefaultZone());
  }

  /** Decisions wait in {@link #decisions} until the test runs them; call-log writes run at once. */
  private ScreeningPolicy policy(ScreeningModule module) {
    return policy(module, Runnable::run);
  }

  /** Decisions wait in {@link #decisions}; call-log writes go to {@code store}. */
  private ScreeningPolicy policy(ScreeningModule module, java.util.concurrent.Executor store) {
    return new ScreeningPolicy(
        module.screener(),
        module.store().callLog(),
        decisions::add,
        store,
        Clock.systemDefaultZone());
  }

  private static IncomingCall call(String callId) {
    return call(callId, "+4930987654");
  }

  private static IncomingCall call(String callId, String number) {
    return new IncomingCall(
        callId,
        number,
        "From",
        "",
        "",
        Optional.empty(),
        "sip:" + number + "@test",
        "vorzimmer",
        "127.0.0.1:5060");
  }

  private static CallEvent ended(String callId, CallOutcome outcome) {
    return new CallEvent(
        callId, true, CallState.ENDED, "+4930987654", "", Optional.of(outcome), "test");
  }
}
