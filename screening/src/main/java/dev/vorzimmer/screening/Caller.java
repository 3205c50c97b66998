package dev.vorzimmer.screening;

import java.util.Objects;
import java.util.Optional;

/**
 * An incoming caller as the SIP layer saw it. The SIP layer picks the trustworthy source (From
 * user, {@code tel:} URI, {@code P-Asserted-Identity}, {@code Remote-Party-ID}) and passes the raw
 * string; normalisation happens in the screener.
 *
 * @param rawNumber presented number or URI as received, e.g. {@code
 *     "sip:+4930123456@host;user=phone"}, {@code "030 123456"}, {@code "anonymous"}; may be empty
 * @param displayName display name from the header, may be empty (never trusted for decisions)
 * @param privacy value of the {@code Privacy} header ({@code "id"}, {@code "none"}, …), empty if
 *     absent
 * @param verstat STIR/SHAKEN verification status ({@code "TN-Validation-Passed"}, {@code
 *     "TN-Validation-Failed"}, {@code "No-TN-Validation"}) if the network sent one
 */
public record Caller(
    String rawNumber, String displayName, String privacy, Optional<String> verstat) {

  /** Verstat value meaning the network could not verify the caller's number. */
  public static final String VERSTAT_FAILED = "TN-Validation-Failed";

  public Caller {
    rawNumber = Objects.requireNonNullElse(rawNumber, "");
    displayName = Objects.requireNonNullElse(displayName, "");
    privacy = Objects.requireNonNullElse(privacy, "");
    Objects.requireNonNull(verstat, "verstat");
  }

  /** A caller with just a number (no display name, no privacy, no verstat). */
  public static Caller of(String rawNumber) {
    return new Caller(rawNumber, "", "", Optional.empty());
  }

  /** This caller with {@code verstat} set. */
  public Caller withVerstat(String value) {
    return new Caller(rawNumber, displayName, privacy, Optional.of(value));
  }

  /** This caller with the {@code Privacy} header value set. */
  public Caller withPrivacy(String value) {
    return new Caller(rawNumber, displayName, value, verstat);
  }

  /** True when the network reported that the number failed STIR/SHAKEN verification. */
  public boolean verificationFailed() {
    return verstat.map(VERSTAT_FAILED::equalsIgnoreCase).orElse(false);
  }
}
