package dev.vorzimmer.app;

import dev.vorzimmer.app.config.LineSettings;
import dev.vorzimmer.sip.SipAgent;
import java.util.Optional;

/**
 * One line of the phone: its own {@link SipAgent} (own port, own registration, own SIP event
 * thread) over the phone's shared screening, store and media.
 *
 * @param name the name shown to the user ({@link LineSettings#name()}; "" for the local line)
 * @param settings the line's configuration; empty for the local line (no account)
 * @param agent the line's user agent
 */
public record PhoneLine(String name, Optional<LineSettings> settings, SipAgent agent) {
  /** True for the line outgoing calls use unless another is chosen. */
  public boolean isDefault() {
    return settings.map(LineSettings::isDefault).orElse(true);
  }
}
