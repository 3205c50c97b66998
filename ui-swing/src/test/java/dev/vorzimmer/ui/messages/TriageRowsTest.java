package dev.vorzimmer.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.ui.common.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Messages without speech are filed under "Probably robots": the filter separates them, they are
 * not unheard, and each row says its class in the user's language.
 */
class TriageRowsTest {
  private final Texts en = new Texts(Locale.ENGLISH);
  private final Texts de = new Texts(Locale.GERMAN);

  private static MessageEntry entry(long id, String triage, Optional<Double> speech) {
    return new MessageEntry(
        id,
        Instant.EPOCH,
        "+4922155599001",
        "0221 55599001",
        List.of(Reason.legacy("unknown number")),
        Path.of(id + ".wav"),
        Duration.ofSeconds(9),
        false,
        "complete",
        triage,
        speech);
  }

  private MessageRow row(MessageEntry e, Texts t) {
    return MessageRow.of(e, Optional.empty(), true, t, ZoneId.of("UTC"));
  }

  @Test
  void robotsAreFilteredApartAndNotUnheard() {
    List<MessageRow> rows =
        List.of(
            row(entry(1, "speech", Optional.of(6.4)), en),
            row(entry(2, "silent", Optional.of(0.0)), en),
            row(entry(3, "tones", Optional.of(0.0)), en),
            row(entry(4, "", Optional.empty()), en),
            row(entry(5, "short", Optional.of(0.9)), en));

    assertThat(MessageFilter.MESSAGES.apply(rows))
        .extracting(MessageRow::id)
        .containsExactly(1L, 4L, 5L);
    assertThat(MessageFilter.ROBOTS.apply(rows)).extracting(MessageRow::id).containsExactly(2L, 3L);
    assertThat(MessageFilter.ALL.apply(rows)).hasSize(5);
    assertThat(MessageRow.unheard(rows)).as("robots are not unheard").isEqualTo(3);
    assertThat(MessageFilter.ROBOTS.label(en, rows)).isEqualTo("Probably robots (2)");
    assertThat(MessageFilter.ROBOTS.label(de, rows)).isEqualTo("Wahrscheinlich Roboter (2)");
  }

  @Test
  void eachRowSaysItsClassInTheUsersLanguage() {
    assertThat(row(entry(1, "speech", Optional.of(6.4)), en).triageText())
        .isEqualTo("speech, 6 s of speech");
    assertThat(row(entry(1, "speech", Optional.of(6.4)), de).triageText())
        .isEqualTo("Sprache, 6 s Sprache");
    assertThat(row(entry(2, "tones", Optional.of(0.0)), en).triageText()).isEqualTo("tones only");
    assertThat(row(entry(3, "silent", Optional.of(0.0)), de).triageText()).isEqualTo("still");
    assertThat(row(entry(4, "", Optional.empty()), en).triageText()).isEqualTo("not checked");
    assertThat(row(entry(1, "speech", Optional.of(6.4)), en).stateColumn()).isEmpty();
    assertThat(row(entry(4, "", Optional.empty()), en).stateColumn()).isEmpty();
    assertThat(row(entry(2, "silent", Optional.of(0.0)), en).stateColumn()).isEqualTo("silent");
    assertThat(row(entry(5, "short", Optional.of(0.9)), de).stateColumn())
        .isEqualTo("kurz, 1 s Sprache");
  }
}
