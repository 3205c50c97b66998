package dev.vorzimmer.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The add/edit contact form: what is accepted, what is refused, and how numbers are normalised. */
class ContactDraftTest {
  private final NumberNormaliser de = new NumberNormaliser("DE");
  private final Function<String, Optional<String>> normaliser = de::toE164;

  @Test
  void numbersInAnyFormatBecomeE164OnceEachInFormOrder() {
    ContactDraft draft =
        new ContactDraft(
            0,
            "  Erika Mustermann ",
            List.of("030 1234567", "", "+49 170 1234567", "0049 30 1234567"),
            Optional.empty(),
            true);
    ContactDraft.Check check = draft.check(normaliser);
    assertThat(check.ok()).isTrue();
    Contact c = check.contact().orElseThrow();
    assertThat(c.name()).isEqualTo("Erika Mustermann");
    assertThat(c.numbers()).containsExactly("+49301234567", "+491701234567");
    assertThat(c.favourite()).isTrue();
    assertThat(c.id()).isZero();
  }

  @Test
  void anUnrecognisedNumberIsNamedAndNothingIsStorable() {
    ContactDraft draft =
        new ContactDraft(
            7, "Erika", List.of("030 1234567", "hello", "12"), Optional.empty(), false);
    ContactDraft.Check check = draft.check(normaliser);
    assertThat(check.ok()).isFalse();
    assertThat(check.badNumbers()).containsExactly("hello", "12");
    assertThat(check.nameMissing()).isFalse();
    assertThat(check.noNumber()).isFalse();
    assertThat(check.numbers().get(0).e164()).contains("+49301234567");
  }

  @Test
  void aNameAndAtLeastOneNumberAreRequired() {
    ContactDraft.Check check =
        new ContactDraft(0, "   ", List.of(" ", ""), Optional.empty(), false).check(normaliser);
    assertThat(check.ok()).isFalse();
    assertThat(check.nameMissing()).isTrue();
    assertThat(check.noNumber()).isTrue();
    assertThat(check.badNumbers()).isEmpty();
    assertThat(ContactDraft.empty().check(normaliser).noNumber()).isTrue();
  }

  @Test
  void editingKeepsIdAndPhotoAndShowsNumbersFormatted() {
    byte[] photo = {1, 2, 3};
    Contact stored =
        new Contact(
            42, "Nachbar", List.of("+492115550123", "+12127365000"), Optional.of(photo), true);
    ContactDraft draft = ContactDraft.of(stored, n -> de.describe(n).displayNumber());
    assertThat(draft.numbers()).containsExactly("0211 5550123", "+1 212-736-5000");
    Contact back = draft.check(normaliser).contact().orElseThrow();
    assertThat(back.id()).isEqualTo(42);
    assertThat(back.numbers()).isEqualTo(stored.numbers());
    assertThat(back.photo()).containsSame(photo);
    assertThat(back.favourite()).isTrue();
  }

  @Test
  void aContactWithoutNumbersGetsOneEmptyRowToTypeInto() {
    Contact none = new Contact(3, "Imported", List.of(), Optional.empty(), false);
    assertThat(ContactDraft.of(none, n -> n).numbers()).containsExactly("");
  }
}
