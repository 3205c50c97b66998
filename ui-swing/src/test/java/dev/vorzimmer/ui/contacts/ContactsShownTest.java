package dev.vorzimmer.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What the contacts list shows: search matches, favourites first, or favourites only. */
class ContactsShownTest {
  private final NumberNormaliser de = new NumberNormaliser("DE");
  private final Function<String, String> display = n -> de.describe(n).displayNumber();
  private final List<Contact> byName =
      List.of(
          contact(1, "Anna Arzt", "+49301111111", false),
          contact(2, "Bernd Bäcker", "+49302222222", true),
          contact(3, "Clara Chef", "+49303333333", false),
          contact(4, "Dora Doktor", "+49304444444", true));

  private static Contact contact(long id, String name, String number, boolean favourite) {
    return new Contact(id, name, List.of(number), Optional.empty(), favourite);
  }

  @Test
  void favouritesComeFirstAndKeepTheirNameOrder() {
    assertThat(ContactSearch.shown(byName, "", false, display))
        .extracting(Contact::name)
        .containsExactly("Bernd Bäcker", "Dora Doktor", "Anna Arzt", "Clara Chef");
  }

  @Test
  void favouritesOnlyHidesTheOthersAndSearchStillApplies() {
    assertThat(ContactSearch.shown(byName, "", true, display))
        .extracting(Contact::name)
        .containsExactly("Bernd Bäcker", "Dora Doktor");
    assertThat(ContactSearch.shown(byName, "dok", true, display))
        .extracting(Contact::name)
        .containsExactly("Dora Doktor");
    assertThat(ContactSearch.shown(byName, "030 333", false, display))
        .as("national format as shown")
        .extracting(Contact::name)
        .containsExactly("Clara Chef");
    assertThat(ContactSearch.shown(byName, "+49302", false, display))
        .extracting(Contact::name)
        .containsExactly("Bernd Bäcker");
    assertThat(ContactSearch.shown(byName, "clara", true, display)).isEmpty();
  }
}
