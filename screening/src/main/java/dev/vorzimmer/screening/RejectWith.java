package dev.vorzimmer.screening;

import java.util.Locale;

/**
 * How a rejected call is turned away ({@code reject_with}): a plain SIP status, or {@code
 * "unavailable"}: early media with the special information tones and "the number you have called is
 * not available", then 404 Not Found — what makes autodialers drop a number, and never confirms a
 * live line. Quarantined robot ranges end the announcement with 410 Gone instead ({@link
 * #forRobots()}): "this number is permanently withdrawn", the answer dialers' list cleaning deletes
 * a number on; an ordinary rejected caller (a blocked number may be a person who dialled wrong)
 * gets the milder 404.
 *
 * @param status the final SIP status (400..699)
 * @param intercept play the intercept announcement as early media (183) before {@code status}
 */
public record RejectWith(int status, boolean intercept) {

  /** The SIT intercept, then 404. */
  public static final RejectWith UNAVAILABLE = new RejectWith(404, true);

  /** 603 Decline, the default of {@code reject_with}. */
  public static final RejectWith DECLINE = new RejectWith(603, false);

  /** The SIT intercept, then 410 Gone: how {@code "unavailable"} ends for robot ranges. */
  public static final RejectWith GONE = new RejectWith(410, true);

  public RejectWith {
    if (status < 400 || status > 699) {
      throw new IllegalArgumentException("reject status must be 400..699, was " + status);
    }
  }

  /** A plain status without announcement. */
  public static RejectWith status(int status) {
    return new RejectWith(status, false);
  }

  /**
   * Parses the TOML value: {@code "603"}, {@code "486"}, {@code "404"} or {@code "unavailable"}.
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static RejectWith parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "unavailable" -> UNAVAILABLE;
      case "603", "486", "404" -> status(Integer.parseInt(t));
      default ->
          throw new IllegalArgumentException(
              "\"" + text + "\" is not one of \"603\", \"486\", \"404\", \"unavailable\"");
    };
  }

  /**
   * This answer as given to a quarantined robot range: {@code "unavailable"} ends with 410 Gone
   * (the number is withdrawn for good), a plain status stays as it is.
   */
  public RejectWith forRobots() {
    return intercept ? GONE : this;
  }

  /** The TOML form. */
  public String text() {
    return intercept ? "unavailable" : Integer.toString(status);
  }
}
