package dev.vorzimmer.ui.settings;

import dev.vorzimmer.ui.common.Texts;
import java.util.Locale;

/**
 * The set-up assistant's account presets. A preset fills in only what the provider itself
 * documents; everything else stays for the user, with a hint where to find it.
 *
 * <p>FRITZ!Box: an IP phone registers at the box itself, which answers to {@code fritz.box} in its
 * home network (AVM and 1&amp;1 name that address for the box); user name and password are the ones
 * given to the IP phone in the box (Telephony → Telephony Devices). For Telekom, sipgate and
 * 1&amp;1/IONOS no server setting is filled in: their values come from the customer's own access
 * data, and a wrong guess would fail only later.
 */
enum Provider {
  FRITZBOX("fritz.box", "fritz.box"),
  TELEKOM("", ""),
  SIPGATE("", ""),
  IONOS("", ""),
  OTHER("", "");

  private final String domain;
  private final String registrar;

  Provider(String domain, String registrar) {
    this.domain = domain;
    this.registrar = registrar;
  }

  String domain() {
    return domain;
  }

  String registrar() {
    return registrar;
  }

  private String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name shown in the list. */
  String label(Texts t) {
    return t.get("setup.provider." + key());
  }

  /** Where this provider's user gets the values from. */
  String hint(Texts t) {
    return t.get("setup.hint." + key());
  }
}
