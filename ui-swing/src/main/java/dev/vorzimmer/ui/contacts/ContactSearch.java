package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.screening.Contact;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The contacts list's search: which contacts a typed text finds, and in which order. */
public final class ContactSearch {
  private ContactSearch() {}

  /**
   * Contacts whose name or a number contains {@code text} (case-insensitive; digits compared
   * without spaces).
   */
  public static List<Contact> matching(List<Contact> contacts, String text) {
    return matching(contacts, text, n -> n);
  }

  /**
   * As {@link #matching(List, String)}, where a number also matches in the form it is shown in
   * ({@code display}), so "030 123" finds {@code +4930123…}.
   */
  public static List<Contact> matching(
      List<Contact> contacts, String text, Function<String, String> display) {
    String needle = text.strip().toLowerCase(Locale.ROOT);
    String digits = needle.replaceAll("[^0-9+]", "");
    return contacts.stream()
        .filter(
            c ->
                needle.isEmpty()
                    || c.name().toLowerCase(Locale.ROOT).contains(needle)
                    || !digits.isEmpty()
                        && c.numbers().stream()
                            .anyMatch(
                                n ->
                                    n.contains(digits)
                                        || display
                                            .apply(n)
                                            .replaceAll("[^0-9+]", "")
                                            .contains(digits)))
        .toList();
  }

  /**
   * What the list shows: matches of {@code text}, favourites first (or only), otherwise in the
   * given order.
   */
  static List<Contact> shown(
      List<Contact> contacts,
      String text,
      boolean onlyFavourites,
      Function<String, String> display) {
    return matching(contacts, text, display).stream()
        .filter(c -> c.favourite() || !onlyFavourites)
        .sorted(Comparator.comparing(c -> !c.favourite()))
        .toList();
  }
}
