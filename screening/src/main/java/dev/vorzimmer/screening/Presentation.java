package dev.vorzimmer.screening;

/**
 * How the caller's number was presented; everything but {@link #NUMBER} means "no usable number".
 */
public enum Presentation {
  /** A number that normalised to E.164. */
  NUMBER("number shown"),
  /**
   * The caller asked to hide the number ({@code Privacy: id}, "withheld", "private", "restricted").
   */
  WITHHELD("number withheld"),
  /** The network says "anonymous" ({@code sip:anonymous@anonymous.invalid}). */
  ANONYMOUS("anonymous caller"),
  /** No number was delivered ("unavailable", "unknown", empty). */
  UNAVAILABLE("number unavailable"),
  /** Something was presented but it is not a phone number libphonenumber recognises. */
  UNRECOGNISED("number not recognised");

  private final String reason;

  Presentation(String reason) {
    this.reason = reason;
  }

  /** Human-readable reason, e.g. "number withheld". */
  public String reason() {
    return reason;
  }
}
