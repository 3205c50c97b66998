package dev.vorzimmer.screening.internal.io;

import dev.vorzimmer.screening.Contact;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.ImageType;
import ezvcard.property.Categories;
import ezvcard.property.FormattedName;
import ezvcard.property.Photo;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Contacts from and to vCard 3/4 files. */
public final class VCardContacts {
  /** Category that marks a favourite on import and export. */
  public static final String FAVOURITE_CATEGORY = "Favourite";

  private VCardContacts() {}

  /**
   * Result of reading cards.
   *
   * @param contacts cards with at least one usable number (ids 0)
   * @param skipped cards without a usable number
   * @param problems one line per skipped card or unusable number
   */
  public record ReadResult(List<Contact> contacts, int skipped, List<String> problems) {}

  /** Reads every card of {@code in}; numbers are normalised with {@code normaliser}. */
  public static ReadResult read(
      Reader in, String fileName, Function<String, Optional<String>> normaliser)
      throws IOException {
    List<Contact> contacts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int skipped = 0;
    int cardNo = 0;
    for (VCard card : Ezvcard.parse(in).all()) {
      cardNo++;
      String name = nameOf(card);
      String where = fileName + ": card " + cardNo + " '" + name + "'";
      Set<String> numbers = new LinkedHashSet<>();
      for (Telephone tel : card.getTelephoneNumbers()) {
        String raw = rawNumber(tel);
        Optional<String> e164 = Numbers.normalise(raw, normaliser);
        e164.ifPresentOrElse(
            numbers::add,
            () -> problems.add(where + ": '" + raw + "' is not a usable phone number, ignored"));
      }
      if (numbers.isEmpty()) {
        skipped++;
        problems.add(where + ": no usable phone number, card skipped");
        continue;
      }
      contacts.add(new Contact(0, name, List.copyOf(numbers), photoOf(card), isFavourite(card)));
    }
    return new ReadResult(contacts, skipped, problems);
  }

  /** Writes {@code contacts} as vCard 4.0 (photos embedded). */
  public static void write(List<Contact> contacts, Writer out) throws IOException {
    List<VCard> cards = new ArrayList<>();
    for (Contact c : contacts) {
      VCard card = new VCard();
      card.setFormattedName(c.name());
      c.numbers().forEach(card::addTelephoneNumber);
      c.photo().ifPresent(bytes -> card.addPhoto(new Photo(bytes, imageType(bytes))));
      if (c.favourite()) {
        Categories cat = new Categories();
        cat.getValues().add(FAVOURITE_CATEGORY);
        card.setCategories(cat);
      }
      cards.add(card);
    }
    Ezvcard.write(cards).version(VCardVersion.V4_0).go(out);
  }

  private static String nameOf(VCard card) {
    FormattedName fn = card.getFormattedName();
    if (fn != null && fn.getValue() != null && !fn.getValue().isBlank()) {
      return fn.getValue().strip();
    }
    StructuredName n = card.getStructuredName();
    if (n != null) {
      String joined = String.join(" ", nonNull(n.getGiven()), nonNull(n.getFamily())).strip();
      if (!joined.isEmpty()) {
        return joined;
      }
    }
    return "(no name)";
  }

  private static String rawNumber(Telephone tel) {
    if (tel.getText() != null) {
      return tel.getText();
    }
    return tel.getUri() == null ? "" : nonNull(tel.getUri().getNumber());
  }

  private static Optional<byte[]> photoOf(VCard card) {
    return card.getPhotos().stream()
        .map(Photo::getData)
        .filter(d -> d != null && d.length > 0)
        .findFirst();
  }

  private static boolean isFavourite(VCard card) {
    return card.getCategoriesList().stream()
        .flatMap(c -> c.getValues().stream())
        .anyMatch(
            v ->
                v.equalsIgnoreCase(FAVOURITE_CATEGORY)
                    || v.equalsIgnoreCase("favorites")
                    || v.equalsIgnoreCase("favourites")
                    || v.equalsIgnoreCase("favorite"));
  }

  private static ImageType imageType(byte[] data) {
    boolean png =
        data.length > 4
            && (data[0] & 0xFF) == 0x89
            && data[1] == 'P'
            && data[2] == 'N'
            && data[3] == 'G';
    return png ? ImageType.PNG : ImageType.JPEG;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
