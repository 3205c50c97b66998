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
 * ID. The number ranges are those of the Bundesnetzagentur's numbering plan.
 */
public enum ServiceNumbers {
  /** (0)900: Premium-Dienste. */
  PREMIUM_RATE(
      "+49900",
      "premium-rate number (0900)",
      "premium-rate number: a call back can cost up to 3 € a minute or 30 € a call"),
  /** (0)137: Massenverkehrsdienste (televoting), where the call attempt itself is charged. */
  MASS_TRAFFIC(
      "+49137",
      "mass-traffic number (0137)",
      "mass-traffic number (0137): every call to it is charged, however short"),
  /**
   * 118xx: Auskunftsdienste, charged per minute and able to put calls through to expensive numbers.
   */
  DIRECTORY(
      "+49118",
      "directory-service number (118xx)",
      "directory-service number (118xx): charged by the minute, and it may put you through at its own price");

  private final String prefix;
  private final String label;
  private final String callbackRisk;

  ServiceNumbers(String prefix, String label, String callbackRisk) {
    this.prefix = prefix;
    this.label = label;
    this.callbackRisk = callbackRisk;
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

  /** For reasons, e.g. "premium-rate number (0900)". */
  public String label() {
    return label;
  }

  /** What calling this number back risks, for the user. */
  public String callbackRisk() {
    return callbackRisk;
  }
}
