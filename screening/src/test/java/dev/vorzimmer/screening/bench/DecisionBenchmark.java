package dev.vorzimmer.screening.bench;

import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.CallerLookup;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.FakeContacts;
import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.internal.lists.CompactNumberLists;
import dev.vorzimmer.screening.internal.lists.PhoneKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decision latency (p50/p99 via SampleTime) without the online lookup, against a block list of 10
 * million numbers: a contact, an unknown number, a blocked number and an anonymous caller. Target:
 * p99 below 20 µs.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class DecisionBenchmark {
  private static final int BLOCKED_NUMBERS = 10_000_000;
  private static final long FIRST_BLOCKED = 4915000000000L;

  /** Distinct callers per rotation: every unknown/blocked call is a first-time number. */
  private static final int ROTATION = 1 << 18;

  private Screener screener;
  private Caller contact;
  private Caller anonymous;
  private Caller[] blocked;
  private Caller[] unknown;
  private int nextBlocked;
  private int nextUnknown;

  @Setup(Level.Trial)
  public void setUp() {
    ListEntry template =
        new ListEntry(
            0, "", ListKind.BLOCK, "", "import:callcentres.txt", Instant.EPOCH, Optional.empty());
    long[] keys = new long[BLOCKED_NUMBERS];
    StringBuilder number = new StringBuilder(16);
    for (int i = 0; i < BLOCKED_NUMBERS; i++) {
      number.setLength(0);
      number.append('+').append(FIRST_BLOCKED + 7L * i);
      keys[i] = PhoneKeys.packNumber(number);
    }
    CompactNumberLists lists =
        CompactNumberLists.builder()
            .addSegment(template, keys)
            .add(
                new ListEntry(
                    0, "+49211555*", ListKind.BLOCK, "", "cli", Instant.EPOCH, Optional.empty()))
            .build();
    FakeContacts contacts = new FakeContacts().add("Erika Mustermann", false, "+4930123456");
    // repeat rule off so the unknown caller runs through the whole chain every time
    ScreeningConfig config =
        ScreeningConfig.defaults().toBuilder().repeatWindow(Duration.ZERO).build();
    screener = new Screener(config, contacts, lists, CallerLookup.NONE, Clock.systemUTC());
    contact = Caller.of("sip:+4930123456@sip.example.net;user=phone");
    anonymous = Caller.of("sip:anonymous@anonymous.invalid");
    blocked = new Caller[ROTATION];
    unknown = new Caller[ROTATION];
    for (int i = 0; i < ROTATION; i++) {
      blocked[i] = Caller.of("+" + (FIRST_BLOCKED + 7L * (i * 37L)));
      unknown[i] = Caller.of("0176" + (10_000_000 + i * 100L));
    }
    requireVerdict(screener.dryRun(blocked[ROTATION - 1]), "REJECT");
    requireVerdict(screener.dryRun(unknown[ROTATION - 1]), "VOICEMAIL");
    requireVerdict(screener.dryRun(contact), "RING");
  }

  private static void requireVerdict(Decision d, String expected) {
    if (!d.verdict().name().equals(expected)) {
      throw new IllegalStateException("benchmark set-up is wrong: " + d);
    }
  }

  @Benchmark
  public Decision contact() {
    return screener.decide(contact);
  }

  @Benchmark
  public Decision unknownNumber() {
    nextUnknown = (nextUnknown + 1) & (ROTATION - 1);
    return screener.decide(unknown[nextUnknown]);
  }

  @Benchmark
  public Decision blockedNumber() {
    nextBlocked = (nextBlocked + 1) & (ROTATION - 1);
    return screener.decide(blocked[nextBlocked]);
  }

  @Benchmark
  public Decision anonymousCaller() {
    return screener.decide(anonymous);
  }
}
