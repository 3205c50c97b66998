package dev.vorzimmer.ui.incall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialInputTest {
  private final DialInput de = new DialInput(new NumberNormaliser("DE"));
  private final List<DialInput.Entry> book =
      de.index(
          List.of(
              new Contact(
                  1,
                  "Erika Mustermann",
                  List.of("+49301234567", "+491701112233"),
                  Optional.empty(),
                  false),
              new Contact(2, "Hans Meier", List.of("+41446681800"), Optional.empty(), true)));

  @Test
  void numbersAreFormattedForTheHomeRegionAsTheyAreTyped() {
    assertThat(de.format("030")).isEqualTo("030");
    assertThat(de.format("0301234567")).isEqualTo("030 1234567");
    assertThat(de.format("030 12345"))
        .as("already formatted text re-formats the same")
        .isEqualTo("030 12345");
    assertThat(de.format("+4930123")).isEqualTo("+49 30 123");
    assertThat(new DialInput(new NumberNormaliser("US")).format("2015550123"))
        .isEqualTo("(201) 555-0123");
  }

  @Test
  void namesAndUrisAreNotFormatted() {
    assertThat(de.format("Erika")).isEqualTo("Erika");
    assertThat(de.format("sip:bob@127.0.0.1:5070")).isEqualTo("sip:bob@127.0.0.1:5070");
    assertThat(de.format("")).isEmpty();
  }

  @Test
  void theIndexShowsEachContactNumberTheWayTheWindowDoes() {
    assertThat(book)
        .extracting(DialInput.Entry::label)
        .containsExactly(
            "Erika Mustermann — 030 1234567",
            "Erika Mustermann — 0170 1112233",
            "Hans Meier — +41 44 668 18 00");
  }

  @Test
  void completionFindsContactsByPartOfTheNameOrOfTheNumberInEitherForm() {
    assertThat(de.complete("must", book))
        .extracting(DialInput.Entry::e164)
        .containsExactly("+49301234567", "+491701112233");
    assertThat(de.complete("MEI", book))
        .extracting(DialInput.Entry::name)
        .containsExactly("Hans Meier");
    assertThat(de.complete("030 12", book))
        .extracting(DialInput.Entry::e164)
        .containsExactly("+49301234567");
    assertThat(de.complete("+4144", book))
        .extracting(DialInput.Entry::e164)
        .containsExactly("+41446681800");
    assertThat(de.complete("e", book)).as("one letter is too little").isEmpty();
    assertThat(de.complete("sip:er", book)).isEmpty();
    assertThat(de.complete("nobody", book)).isEmpty();
  }

  @Test
  void numbersInAnyFormatDialTheirE164Form() {
    assertThat(de.resolve("030 1234567", book))
        .isEqualTo(new DialInput.Dial("+49301234567", "030 1234567"));
    assertThat(de.resolve(" 0049 30 1234567 ", book))
        .isEqualTo(new DialInput.Dial("+49301234567", "030 1234567"));
    assertThat(de.resolve("+41 44 668 18 00", book))
        .isEqualTo(new DialInput.Dial("+41446681800", "+41 44 668 18 00"));
  }

  @Test
  void aContactNameOrAPickedSuggestionDialsTheContactsNumber() {
    assertThat(de.resolve("hans meier", book))
        .isEqualTo(new DialInput.Dial("+41446681800", "Hans Meier"));
    assertThat(de.resolve("Erika Mustermann — 0170 1112233", book))
        .isEqualTo(new DialInput.Dial("+491701112233", "Erika Mustermann"));
  }

  @Test
  void sipUrisAreDialledAsTyped() {
    assertThat(de.resolve("sip:vorzimmer@127.0.0.1:5062", book))
        .isEqualTo(
            new DialInput.Dial("sip:vorzimmer@127.0.0.1:5062", "sip:vorzimmer@127.0.0.1:5062"));
    assertThat(de.resolve("SIPS:bob@example.net;transport=tls", book))
        .isInstanceOf(DialInput.Dial.class);
    assertThat(de.resolve("sip:bob @example.net", book))
        .isEqualTo(new DialInput.Invalid("dial.badUri", "sip:bob @example.net"));
    assertThat(de.resolve("sip:", book)).isEqualTo(new DialInput.Invalid("dial.badUri", "sip:"));
  }

  @Test
  void whatCannotBeDialledSaysWhy() {
    assertThat(de.resolve("   ", book)).isEqualTo(new DialInput.Invalid("dial.empty", ""));
    assertThat(de.resolve("12", book)).isEqualTo(new DialInput.Invalid("dial.badNumber", "12"));
    assertThat(de.resolve("*31#", book))
        .as("no letters: a bad number, not a name")
        .isEqualTo(new DialInput.Invalid("dial.badNumber", "*31#"));
    assertThat(de.resolve("Erika", book))
        .as("a part of a name is not a contact")
        .isEqualTo(new DialInput.Invalid("dial.unknownName", "Erika"));
  }
}
