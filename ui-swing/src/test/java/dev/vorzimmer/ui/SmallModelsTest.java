package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.ui.calls.NumberPatterns;
import dev.vorzimmer.ui.common.Initials;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.contacts.ContactSearch;
import dev.vorzimmer.ui.messages.MessageRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Initials, ranges, message rows, contact search, theme heuristic. */
class SmallModelsTest {
  private final Texts en = new Texts(Locale.ENGLISH);

  @Test
  void initialsTakeFirstAndLastWordAndFallBackToHash() {
    assertThat(Initials.of("Erika Mustermann")).isEqualTo("EM");
    assertThat(Initials.of("Hans-Peter von Ärger")).isEqualTo("HÄ");
    assertThat(Initials.of("nachbar")).isEqualTo("N");
    assertThat(Initials.of("0170 1234567")).isEqualTo("#");
    assertThat(Initials.of("  ")).isEqualTo("#");
    assertThat(Initials.of(null)).isEqualTo("#");
  }

  @Test
  void aRangeDropsTheLastTwoDigitsButNeverGetsTooWide() {
    assertThat(NumberPatterns.rangeOf("+492115550123")).contains("+4921155501*");
    assertThat(NumberPatterns.rangeOf("+12345")).isEmpty();
    assertThat(NumberPatterns.rangeOf("anonymous")).isEmpty();
  }

  @Test
  void messageRowsShowLengthStateAndCountUnheard() {
    MessageEntry heard =
        new MessageEntry(
            1,
            Instant.EPOCH,
            "+491701234567",
            "0170 1234567",
            List.of(Reason.of("unknown")),
            Path.of("a.wav"),
            Duration.ofSeconds(102),
            true,
            "complete");
    MessageEntry fresh =
        new MessageEntry(
            2,
            Instant.EPOCH,
            "anonymous",
            "number withheld",
            List.of(Reason.legacy("number withheld")),
            Path.of("b.wav"),
            Duration.ofSeconds(7),
            false,
            "recovered");
    MessageRow a = MessageRow.of(heard, Optional.of("Shop"), true, en, ZoneId.of("UTC"));
    MessageRow b = MessageRow.of(fresh, Optional.empty(), false, en, ZoneId.of("UTC"));
    assertThat(a.caller()).isEqualTo("Shop");
    assertThat(a.durationText()).isEqualTo("1:42");
    assertThat(a.stateText()).isEmpty();
    assertThat(a.number()).contains("+491701234567");
    assertThat(b.caller()).isEqualTo("number withheld");
    assertThat(b.number()).isEmpty();
    assertThat(b.hasAudio()).isFalse();
    assertThat(b.stateText()).isEqualTo("recovered after a crash");
    assertThat(MessageRow.unheard(List.of(a, b))).isEqualTo(1);
    assertThat(MessageRow.duration(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
  }

  @Test
  void contactSearchMatchesNamesAndDigits() {
    List<Contact> all =
        List.of(
            new Contact(1, "Erika Mustermann", List.of("+49301234567"), Optional.empty(), false),
            new Contact(2, "Nachbar", List.of("+492215550199"), Optional.empty(), true));
    assertThat(ContactSearch.matching(all, "eri"))
        .extracting(Contact::name)
        .containsExactly("Erika Mustermann");
    assertThat(ContactSearch.matching(all, "555 01"))
        .extracting(Contact::name)
        .containsExactly("Nachbar");
    assertThat(ContactSearch.matching(all, "")).hasSize(2);
    assertThat(ContactSearch.matching(all, "zzz")).isEmpty();
  }

  @Test
  void darkThemeFollowsTheGtkThemeUnlessTheUserSaysOtherwise() {
    assertThat(Theme.prefersDark(Map.of("GTK_THEME", "Adwaita:dark"), null)).isTrue();
    assertThat(Theme.prefersDark(Map.of("GTK_THEME", "Adwaita"), null)).isFalse();
    assertThat(Theme.prefersDark(Map.of(), null)).isFalse();
    assertThat(Theme.prefersDark(Map.of("GTK_THEME", "Adwaita:dark"), "light")).isFalse();
    assertThat(Theme.prefersDark(Map.of(), "dark")).isTrue();
  }
}
