package dev.vorzimmer.sip;

/** Transport used to reach the registrar. */
public enum Transport {
  UDP,
  TCP;

  /** Lower-case name as used in SIP URIs and Via headers ({@code udp}, {@code tcp}). */
  public String sipName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
