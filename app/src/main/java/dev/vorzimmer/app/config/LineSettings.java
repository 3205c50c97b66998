package dev.vorzimmer.app.config;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One line: an {@code [account]} or one of several {@code [[account]]} entries.
 *
 * @param name the label shown to the user ({@code name}, default {@code user@domain}); unique
 * @param account the SIP account of the line
 * @param screening {@code screening = false}: calls on this line are not screened but ring (see
 *     {@link #rings})
 * @param ringHours {@code ring_hours}: when a line with screening off rings; empty means always
 * @param isDefault the line outgoing calls use unless another is chosen ({@code default = true},
 *     else the first line)
 * @param listenPort the local SIP port of this line's agent
 */
public record LineSettings(
    String name,
    AccountSettings account,
    boolean screening,
    List<RingHours> ringHours,
    boolean isDefault,
    int listenPort) {

  public LineSettings {
    ringHours = List.copyOf(ringHours);
  }

  /** The line of a single {@code [account]}: screened, default, on the {@code [sip]} port. */
  public static LineSettings single(AccountSettings account, int listenPort) {
    return new LineSettings(
        account.user() + "@" + account.domain(), account, true, List.of(), true, listenPort);
  }

  /**
   * True when a call arriving at {@code time} rings without screening: screening is off for this
   * line and {@code time} is inside its ring hours (or it has none). Outside them the line's calls
   * are screened like any other.
   */
  public boolean rings(ZonedDateTime time) {
    return !screening && (ringHours.isEmpty() || ringHours.stream().anyMatch(h -> h.covers(time)));
  }
}
