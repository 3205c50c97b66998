package dev.vorzimmer.ui.incall;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Who is on the other end of a call, as the in-call view shows it: the contact's name, else the
 * display name, else the formatted number; a {@code sip:} URI that is not a phone number ({@code
 * sip:bob@host}, not {@code ;user=phone}) is shown as dialled. {@code detail} is the number under a
 * name, empty when the title already is the number. Built off the EDT.
 */
record CallPeer(String title, String detail) {
  private static final Pattern NUMBER_USER = Pattern.compile("(?i)sips?:\\+?[0-9]+@.*");

  static CallPeer of(
      String peer,
      String displayName,
      NumberNormaliser numbers,
      Function<String, Optional<Contact>> contactOf) {
    boolean named = displayName != null && !displayName.isBlank();
    if (peer.regionMatches(true, 0, "sip", 0, 3)
        && !peer.contains("user=phone")
        && !NUMBER_USER.matcher(peer).matches()) {
      return named ? new CallPeer(displayName, peer) : new CallPeer(peer, "");
    }
    CallerInfo info = numbers.describe(peer);
    Optional<Contact> contact = info.e164().flatMap(contactOf);
    String number = info.e164().isPresent() ? info.displayNumber() : peer;
    String title = contact.map(Contact::name).orElse(named ? displayName : number);
    return new CallPeer(title, title.equals(number) ? "" : number);
  }
}
