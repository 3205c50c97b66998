package dev.vorzimmer.sip.sdp;

/** An SDP body that cannot be used; the message says which line and why. */
public final class SdpException extends Exception {
  private static final long serialVersionUID = 1L;

  public SdpException(String message) {
    super(message);
  }
}
