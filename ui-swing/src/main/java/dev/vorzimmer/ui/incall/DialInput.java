package dev.vorzimmer.ui.incall;

import com.google.i18n.phonenumbers.AsYouTypeFormatter;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the dial field understands, without Swing: numbers formatted as they are typed (for the home
 * region), contact names and numbers completed from the contact book, and the target a typed text
 * dials — a number (any format the screening understands), a contact's name, or a {@code sip:} URI
 * as typed (a local line needs one).
 */
public final class DialInput {
  static final int MAX_SUGGESTIONS = 8;
  private static final Pattern SIP_URI = Pattern.compile("(?i)sips?:[^\\s@<>\"]+(@[^\\s@<>\"]+)?");
  private static final Pattern DIALLABLE = Pattern.compile("[+]?[0-9 ()./-]*");
  private final NumberNormaliser numbers;

  /** A contact's number, as the completion list shows it. */
  public record Entry(String name, String e164, String display) {
    public String label() {
      return name + " — " + display;
    }
  }

  /** What pressing Call does with the text. */
  sealed interface Target permits Dial, Invalid {}

  /** Dial {@code target} (E.164 or a {@code sip:} URI); {@code shown} is how the user knows it. */
  record Dial(String target, String shown) implements Target {}

  /**
   * Nothing to dial; {@code key} is the message's resource key, with {@code input} as its argument.
   */
  record Invalid(String key, String input) implements Target {}

  DialInput(NumberNormaliser numbers) {
    this.numbers = numbers;
  }

  /**
   * {@code typed} formatted for the home region as far as it goes ({@code 0301234} → {@code 030
   * 1234}); text that is not a plain number (names, URIs) comes back unchanged.
   */
  String format(String typed) {
    if (typed.isBlank() || !DIALLABLE.matcher(typed).matches()) {
      return typed;
    }
    AsYouTypeFormatter formatter =
        PhoneNumberUtil.getInstance().getAsYouTypeFormatter(numbers.homeRegion());
    String out = typed;
    for (char c : typed.toCharArray()) {
      if (Character.isDigit(c) || c == '+') {
        out = formatter.inputDigit(c);
      }
    }
    return out;
  }

  /**
   * One entry per contact number, shown the way the rest of the window shows numbers. Not on the
   * EDT.
   */
  List<Entry> index(List<Contact> contacts) {
    List<Entry> out = new ArrayList<>();
    for (Contact c : contacts) {
      for (String n : c.numbers()) {
        out.add(new Entry(c.name(), n, numbers.describe(n).displayNumber()));
      }
    }
    return out;
  }

  /**
   * Entries whose name contains the typed words, or whose number contains the typed digits (in
   * international or national form); nothing for fewer than two characters.
   */
  List<Entry> complete(String typed, List<Entry> index) {
    String text = typed.strip().toLowerCase(Locale.ROOT);
    if (text.length() < 2 || text.startsWith("sip")) {
      return List.of();
    }
    String digits = digitsOf(text);
    boolean byNumber = DIALLABLE.matcher(text).matches();
    List<Entry> hits = new ArrayList<>();
    for (Entry e : index) {
      boolean hit =
          byNumber
              ? !digits.isEmpty()
                  && (digitsOf(e.e164()).contains(digits) || digitsOf(e.display()).contains(digits))
              : e.name().toLowerCase(Locale.ROOT).contains(text);
      if (hit && hits.size() < MAX_SUGGESTIONS) {
        hits.add(e);
      }
    }
    return hits;
  }

  /** What {@code typed} dials, or why it cannot be dialled. */
  Target resolve(String typed, List<Entry> index) {
    String text = typed.strip();
    if (text.isEmpty()) {
      return new Invalid("dial.empty", "");
    }
    if (text.regionMatches(true, 0, "sip", 0, 3)
        && text.indexOf(':') >= 3
        && text.indexOf(':') <= 4) {
      return SIP_URI.matcher(text).matches()
          ? new Dial(text, text)
          : new Invalid("dial.badUri", text);
    }
    for (Entry e : index) {
      if (e.name().equalsIgnoreCase(text) || e.label().equals(text)) {
        return new Dial(e.e164(), e.name());
      }
    }
    return numbers
        .toE164(text)
        .<Target>map(n -> new Dial(n, numbers.describe(n).displayNumber()))
        .orElseGet(
            () ->
                new Invalid(
                    text.startsWith("tel:") || text.chars().noneMatch(Character::isLetter)
                        ? "dial.badNumber"
                        : "dial.unknownName",
                    text));
  }

  private static String digitsOf(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (Character.isDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
