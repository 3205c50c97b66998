package dev.vorzimmer.screening.internal.rules;

import java.util.Optional;

/**
 * German service numbers that may never appear as a caller's number.
 *
 * <p>§ 120 TKG (Telekommunikationsgesetz of 23 June 2021, in force since 1 December 2021; before
 * that § 66k TKG 2004): providers must send a complete national number assigned to the caller, and
 * "Rufnummern für Auskunftsdienste, Massenverkehrsdienste oder Premium-Dienste" (directory services
 * 118xx, mass-traffic services 0137, premium-rate services 0900) as well as short-code numbers may
 * not be sent as the caller's number, nor set as an additional number by the caller (Abs. 2, which
 * also names the emergency numbers 110 and 112). A call showing one of these has a forged caller
 * ID. The number ranges are those of the Bundesnetzagentur's numbering plan. In reasons, the
 * argument {@code service} names the kind ({@code service.<NAME>}, {@code risk.<NAME>} in the
 * reason catalogues).
 */
public enum ServiceNumbers {
  /** (0)900: Premium-Dienste. */
  PREMIUM_RATE("+49900"),
  /** (0)137: Massenverkehrsdienste (televoting), where the call attempt itself is charged. */
  MASS_TRAFFIC("+49137"),
  /**
   * 118xx: Auskunftsdienste, charged per minute and able to put calls through to expensive numbers.
   */
  DIRECTORY("+49118");

  private final String prefix;

  ServiceNumbers(String prefix) {
    this.prefix = prefix;
  }

  /** The kind of German service number {@code e164} is, if it is one. */
  public static Optional<ServiceNumbers> of(String e164) {
    for (ServiceNumbers kind : values()) {
      if (e164.startsWith(kind.prefix)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** E.164 prefix, e.g. {@code +49900}. */
  public String prefix() {
    return prefix;
  }
}
