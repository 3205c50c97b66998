package dev.vorzimmer.screening;

/** Kind of line a number belongs to, as far as the offline number metadata knows. */
public enum LineType {
  MOBILE("mobile number"),
  FIXED("landline number"),
  FIXED_OR_MOBILE("landline or mobile number"),
  TOLL_FREE("toll-free number"),
  PREMIUM_RATE("premium-rate number"),
  SHARED_COST("shared-cost number"),
  VOIP("VoIP number"),
  PERSONAL("personal number"),
  PAGER("pager number"),
  UAN("company number (UAN)"),
  VOICEMAIL("voicemail access number"),
  UNKNOWN("number of unknown type");

  private final String label;

  LineType(String label) {
    this.label = label;
  }

  /** English label for reasons and the UI, e.g. "mobile number". */
  public String label() {
    return label;
  }
}
