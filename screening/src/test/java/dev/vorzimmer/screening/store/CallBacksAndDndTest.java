package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Contact;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call-back list and the do-not-disturb switch on a real SQLite file. */
class CallBacksAndDndTest {
  private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
  private static final String ERIKA = "+49301234567";
  private static final String STRANGER = "+491701234567";
  @TempDir Path dir;
  private ScreeningStore store;

  @BeforeEach
  void open() {
    store = ScreeningStore.open(dir.resolve("s.db"));
    store
        .contactBook()
        .add(new Contact(0, "Erika Mustermann", List.of(ERIKA), Optional.empty(), true));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private long call(Instant at, String e164, String verdict, String outcome) {
    return store.callLog().logCall(at, e164, Optional.of(e164), "", verdict, List.of(), outcome);
  }

  @Test
  void aMissedContactStaysOnTheListUntilCalledBack() {
    call(T, ERIKA, "RING", "unanswered");
    call(T.plusSeconds(60), ERIKA, "RING", "missed");
    call(T.plusSeconds(90), STRANGER, "VOICEMAIL", "voicemail"); // hung up in the greeting
    List<CallBacks.Entry> open = store.callBacks().open(T.plusSeconds(120));
    assertThat(open).extracting(CallBacks.Entry::e164).containsExactly(ERIKA);
    assertThat(open.get(0).calls()).isEqualTo(2);

    store.callBacks().done(ERIKA, T.plusSeconds(200), "called");
    assertThat(store.callBacks().open(T.plusSeconds(300))).isEmpty();

    call(T.plusSeconds(400), ERIKA, "RING", "unanswered");
    assertThat(store.callBacks().open(T.plusSeconds(500)))
        .as("a new missed call after the call back is on the list again")
        .hasSize(1);
  }

  @Test
  void aStrangersRealMessageIsOnTheListButNotAGreetingHangUp() {
    long withMessage = call(T, STRANGER, "VOICEMAIL", "voicemail");
    long m = store.messages().create(T, STRANGER, "", List.of(), dir.resolve("a.wav"));
    store.messages().complete(m, Duration.ofSeconds(42));
    store.callLog().updateOutcome(withMessage, "voicemail", Optional.of(m));
    assertThat(store.callBacks().open(T.plusSeconds(10)))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).isTrue());

    store.callBacks().done(STRANGER, T.plusSeconds(20), "dismissed");
    long empty = call(T.plusSeconds(30), STRANGER, "VOICEMAIL", "voicemail");
    long failed = store.messages().create(T, STRANGER, "", List.of(), dir.resolve("b.wav"));
    store.messages().markFailed(failed);
    store.callLog().updateOutcome(empty, "voicemail", Optional.of(failed));
    assertThat(store.callBacks().open(T.plusSeconds(40))).isEmpty();
  }

  @Test
  void anAnsweredCallLaterSettlesIt() {
    call(T, ERIKA, "RING", "missed");
    call(T.plusSeconds(60), ERIKA, "RING", "answered");
    assertThat(store.callBacks().open(T.plusSeconds(120))).isEmpty();
  }

  @Test
  void doNotDisturbIsOffOnOrOnUntilATime() {
    DoNotDisturb dnd = store.doNotDisturb();
    assertThat(dnd.read()).isEqualTo(new DoNotDisturb.Off());
    dnd.set(new DoNotDisturb.On(Optional.empty()));
    assertThat(dnd.activeAt(T)).isTrue();
    dnd.set(new DoNotDisturb.On(Optional.of(T)));
    assertThat(dnd.activeAt(T.minusSeconds(1))).isTrue();
    assertThat(dnd.activeAt(T)).isFalse();
    dnd.set(new DoNotDisturb.Off());
    assertThat(dnd.activeAt(T)).isFalse();
  }
}
