package dev.vorzimmer.sip.sdp;

/** RFC 3264 media direction attributes. */
public enum MediaDirection {
  SENDRECV,
  SENDONLY,
  RECVONLY,
  INACTIVE;

  /** The direction an answer takes for an offer with this direction (RFC 3264 §6.1). */
  public MediaDirection answerTo() {
    return switch (this) {
      case SENDONLY -> RECVONLY;
      case RECVONLY -> SENDONLY;
      case INACTIVE -> INACTIVE;
      case SENDRECV -> SENDRECV;
    };
  }

  /** True when this side sends media. */
  public boolean sends() {
    return this == SENDRECV || this == SENDONLY;
  }

  /** True when this side receives media. */
  public boolean receives() {
    return this == SENDRECV || this == RECVONLY;
  }

  String attribute() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
