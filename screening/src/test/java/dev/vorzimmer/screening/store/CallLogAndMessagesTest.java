package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.Reason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallLogAndMessagesTest {
  private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
  @TempDir Path dir;
  private ScreeningStore store;

  @BeforeEach
  void open() {
    store = ScreeningStore.open(dir.resolve("s.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void logsCallsWithReasonsAndUpdatesOutcome() {
    CallLog log = store.callLog();
    long a =
        log.logCall(
            T,
            "030123",
            Optional.of("+4930123"),
            "Anna",
            "RING",
            List.of(
                Reason.of("contact", "name", "Anna"),
                Reason.of("quiet", "span", "Mon 22:00-07:00")),
            "ringing");
    long b =
        log.logCall(
            T.plusSeconds(60),
            "anonymous",
            Optional.empty(),
            "Unknown",
            "VOICEMAIL",
            List.of(),
            "ringing");
    long msg =
        store
            .messages()
            .create(
                T.plusSeconds(61),
                "anonymous",
                "Unknown",
                List.of(Reason.legacy("withheld")),
                dir.resolve("m1.wav"));

    log.updateOutcome(a, "answered");
    log.updateOutcome(b, "voicemail", Optional.of(msg));

    List<CallLogEntry> recent = log.recentCalls(10);
    assertThat(recent).extracting(CallLogEntry::id).containsExactly(b, a);
    assertThat(recent.get(0).messageId()).contains(msg);
    assertThat(recent.get(0).e164()).isEmpty();
    assertThat(recent.get(1).reasons())
        .containsExactly(
            Reason.of("contact", "name", "Anna"), Reason.of("quiet", "span", "Mon 22:00-07:00"));
    assertThat(recent.get(1).outcome()).isEqualTo("answered");
    assertThat(log.recentCalls(1)).hasSize(1);
  }

  @Test
  void remembersWhichCallsWereEncrypted() {
    CallLog log = store.callLog();
    long plain =
        log.logCall(T, "030123", Optional.of("+4930123"), "Anna", "RING", List.of(), "ringing");
    long srtp =
        log.logCall(
            T.plusSeconds(1),
            "030124",
            Optional.of("+4930124"),
            "Ben",
            "VOICEMAIL",
            List.of(),
            "ringing");
    log.updateMediaEncryption(srtp, "srtp");
    assertThat(log.recentCalls(10))
        .extracting(CallLogEntry::id, CallLogEntry::mediaEncryption)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(srtp, "srtp"),
            org.assertj.core.groups.Tuple.tuple(plain, ""));
  }

  @Test
  void remembersWhetherTheSignallingRanOverTls() {
    CallLog log = store.callLog();
    long tls =
        log.logCall(T, "030123", Optional.of("+4930123"), "Anna", "RING", List.of(), "ringing");
    long plain =
        log.logCall(
            T.plusSeconds(1),
            "030124",
            Optional.of("+4930124"),
            "Ben",
            "RING",
            List.of(),
            "ringing");
    long unknown =
        log.logCall(
            T.plusSeconds(2),
            "030125",
            Optional.of("+4930125"),
            "Cem",
            "RING",
            List.of(),
            "ringing");
    log.updateEncryption(tls, "tls", "srtp");
    log.updateEncryption(plain, "plain", "");
    log.updateMediaEncryption(unknown, "srtp");
    assertThat(log.recentCalls(10))
        .extracting(
            CallLogEntry::id, CallLogEntry::signallingEncryption, CallLogEntry::mediaEncryption)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(unknown, "", "srtp"),
            org.assertj.core.groups.Tuple.tuple(plain, "plain", ""),
            org.assertj.core.groups.Tuple.tuple(tls, "tls", "srtp"));
  }

  @Test
  void rejectsUnknownOutcomeAndUnknownCall() {
    assertThatThrownBy(() -> store.callLog().updateOutcome(1, "exploded"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exploded");
    assertThatThrownBy(() -> store.callLog().updateOutcome(42, "missed"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("42");
  }

  @Test
  void messageLifecycle() {
    MessageIndex idx = store.messages();
    long m1 =
        idx.create(
            T, "+4930123", "Anna", List.of(Reason.legacy("after hours")), dir.resolve("m1.wav"));
    long m2 =
        idx.create(T.plusSeconds(5), "+4930999", "+49 30 999", List.of(), dir.resolve("m2.wav"));
    assertThat(idx.unfinished()).extracting(MessageEntry::id).containsExactly(m1, m2);

    idx.complete(m1, Duration.ofSeconds(12));
    idx.markRecovered(m2, Duration.ofSeconds(3));
    idx.markHeard(m1, true);

    MessageEntry one = idx.find(m1).orElseThrow();
    assertThat(one.state()).isEqualTo(MessageIndex.COMPLETE);
    assertThat(one.duration()).isEqualTo(Duration.ofSeconds(12));
    assertThat(one.heard()).isTrue();
    assertThat(one.file()).isEqualTo(dir.resolve("m1.wav"));
    assertThat(one.reasons()).containsExactly(Reason.legacy("after hours"));
    assertThat(idx.find(m2).orElseThrow().state()).isEqualTo(MessageIndex.RECOVERED);
    assertThat(idx.unfinished()).isEmpty();
    assertThat(idx.list()).extracting(MessageEntry::id).containsExactly(m2, m1);

    assertThat(idx.delete(m1)).isTrue();
    assertThat(idx.delete(m1)).isFalse();
    assertThat(idx.find(m1)).isEmpty();
    assertThatThrownBy(() -> idx.markFailed(m1)).isInstanceOf(StoreException.class);
  }
}
