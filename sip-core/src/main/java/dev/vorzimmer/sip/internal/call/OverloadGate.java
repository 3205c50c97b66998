package dev.vorzimmer.sip.internal.call;

/**
 * Whether the phone keeps up with its incoming calls, judged by the policy's backlog (calls waiting
 * for a decision). It becomes overloaded when the backlog reaches the limit and recovers only when
 * the backlog is down to half of it, so it does not flap with every call. Each overload is an
 * episode: a call remembers the {@link #mark()} of its arrival, and {@link #overloadedSince(long)}
 * tells whether its wait overlapped an overload. Confined to the SIP event thread.
 */
public final class OverloadGate {
  private boolean overloaded;
  private long episodes;

  /** Notes the current backlog; returns true when this started an overload episode. */
  public boolean observe(int backlog, int limit) {
    if (!overloaded && backlog >= limit) {
      overloaded = true;
      episodes++;
      return true;
    }
    if (overloaded && backlog <= limit / 2) {
      overloaded = false;
    }
    return false;
  }

  /** True while overloaded (new calls are refused). */
  public boolean overloaded() {
    return overloaded;
  }

  /** A mark of now, for {@link #overloadedSince(long)}. */
  public long mark() {
    return episodes;
  }

  /** True when the phone is overloaded now or was at some time since {@code mark} was taken. */
  public boolean overloadedSince(long mark) {
    return overloaded || episodes != mark;
  }
}
