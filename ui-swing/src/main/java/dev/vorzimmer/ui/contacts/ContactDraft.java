package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.screening.Contact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the add/edit contact form holds, without Swing: the name and numbers as typed, the photo
 * bytes and the favourite flag. {@link #check} turns it into a storable {@link Contact} or says
 * exactly what is wrong, field by field.
 *
 * @param id the stored contact's id, 0 for a new contact
 * @param name the name as typed
 * @param numbers the numbers as typed, in any format the home region understands; blank rows are
 *     ignored
 * @param photo the (already scaled) photo bytes, if any
 * @param favourite favourites ring even in quiet hours
 */
record ContactDraft(
    long id, String name, List<String> numbers, Optional<byte[]> photo, boolean favourite) {

  ContactDraft {
    name = Objects.requireNonNullElse(name, "");
    numbers = List.copyOf(numbers);
    Objects.requireNonNull(photo, "photo");
  }

  /** An empty form for a new contact. */
  static ContactDraft empty() {
    return new ContactDraft(0, "", List.of(""), Optional.empty(), false);
  }

  /**
   * The form for editing {@code c}; numbers are shown through {@code display} (e.g. {@code 030
   * 1234567}).
   */
  static ContactDraft of(Contact c, Function<String, String> display) {
    List<String> shown = c.numbers().stream().map(display).toList();
    return new ContactDraft(
        c.id(), c.name(), shown.isEmpty() ? List.of("") : shown, c.photo(), c.favourite());
  }

  /**
   * One number field checked.
   *
   * @param raw what was typed
   * @param e164 the normalised number, empty when it is not a phone number (or blank)
   */
  record NumberCheck(String raw, Optional<String> e164) {
    boolean blank() {
      return raw.isBlank();
    }

    /** True for a blank field (ignored) or a recognised number. */
    boolean acceptable() {
      return blank() || e164.isPresent();
    }
  }

  /**
   * The outcome of checking the whole form.
   *
   * @param contact the contact to store, present only when nothing is wrong
   * @param nameMissing the name is blank
   * @param numbers each number field checked, in form order
   * @param noNumber not a single number was entered
   */
  record Check(
      Optional<Contact> contact, boolean nameMissing, List<NumberCheck> numbers, boolean noNumber) {
    boolean ok() {
      return contact.isPresent();
    }

    /** The fields whose text is not a phone number, as typed. */
    List<String> badNumbers() {
      return numbers.stream().filter(n -> !n.acceptable()).map(NumberCheck::raw).toList();
    }
  }

  /** Checks one number field with {@code normaliser} (what the user types → E.164). */
  static NumberCheck checkNumber(String raw, Function<String, Optional<String>> normaliser) {
    String text = Objects.requireNonNullElse(raw, "");
    return new NumberCheck(
        text, text.isBlank() ? Optional.empty() : normaliser.apply(text.strip()));
  }

  /**
   * Checks the form: a name, at least one number, and every non-blank number recognised. Numbers
   * that normalise to the same E.164 number are kept once, in form order.
   */
  Check check(Function<String, Optional<String>> normaliser) {
    List<NumberCheck> checks = new ArrayList<>();
    Set<String> e164 = new LinkedHashSet<>();
    for (String raw : numbers) {
      NumberCheck c = checkNumber(raw, normaliser);
      checks.add(c);
      c.e164().ifPresent(e164::add);
    }
    boolean nameMissing = name.isBlank();
    boolean noNumber = checks.stream().allMatch(NumberCheck::blank);
    boolean allAcceptable = checks.stream().allMatch(NumberCheck::acceptable);
    Optional<Contact> contact =
        nameMissing || noNumber || !allAcceptable
            ? Optional.empty()
            : Optional.of(new Contact(id, name.strip(), List.copyOf(e164), photo, favourite));
    return new Check(contact, nameMissing, checks, noNumber);
  }
}
