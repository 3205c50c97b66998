package dev.vorzimmer.sip.sdp;

import com.google.common.net.InetAddresses;
import dev.vorzimmer.sip.MediaEncryption;
import java.net.Inet6Address;
import java.util.Optional;

/**
 * What our RTP media can really use of a peer's SDP, checked before we answer (an offer we cannot
 * serve is refused with 488 and a Warning, RFC 3261 §20.43): an IP address our RTP socket can reach
 * (no host names: the SIP thread never waits for DNS; IPv6 only from an IPv6 local address), a port
 * up to 65535, PCMU or PCMA on its static payload type or a dynamic one (96–127), and
 * telephone-event, if offered, on a dynamic type of its own.
 */
public final class MediaCapability {
  /** Warn-code 301: Incompatible network address formats. */
  public static final int INCOMPATIBLE_ADDRESS = 301;

  /** Warn-code 302: Incompatible transport protocol. */
  public static final int INCOMPATIBLE_PROTOCOL = 302;

  /** Warn-code 305: Incompatible media format. */
  public static final int INCOMPATIBLE_FORMAT = 305;

  /** Warn-code 307: Session description parameter not understood. */
  public static final int PARAMETER_NOT_UNDERSTOOD = 307;

  /** Warn-code 399: Miscellaneous warning (e.g. an SDP body that does not parse). */
  public static final int MISCELLANEOUS = 399;

  private MediaCapability() {}

  /**
   * Why an SDP cannot be used, for the {@code Warning} header of a 488.
   *
   * @param warnCode RFC 3261 warn-code (3xx)
   * @param text a short reason (no quotes)
   */
  public record Refusal(int warnCode, String text) {
    public Refusal {
      text = text.replace('"', '\'').replace('\\', '/');
    }
  }

  /**
   * Checks the audio of a peer's SDP against what media on {@code localAddress} can do.
   *
   * @return why it cannot be used, or empty if it can
   */
  public static Optional<Refusal> check(AudioDescription audio, String localAddress) {
    if (audio.port() > 65535) {
      return refuse(PARAMETER_NOT_UNDERSTOOD, "m= port " + audio.port() + " is out of range");
    }
    String address = audio.address();
    if (!InetAddresses.isInetAddress(address)) {
      return refuse(INCOMPATIBLE_ADDRESS, "c= must be an IP address, not a host name");
    }
    boolean ipv6Local =
        InetAddresses.isInetAddress(localAddress)
            && InetAddresses.forString(localAddress) instanceof Inet6Address;
    if (InetAddresses.forString(address) instanceof Inet6Address && !ipv6Local) {
      return refuse(
          INCOMPATIBLE_ADDRESS,
          "IPv6 media address " + address + " is not reachable from our IPv4 RTP");
    }
    if (audio.port() == 0) {
      return Optional.empty();
    }
    Optional<PayloadFormat> voice =
        audio.formats().stream().filter(MediaCapability::usableVoice).findFirst();
    if (voice.isEmpty()) {
      return refuse(INCOMPATIBLE_FORMAT, "no usable codec (need PCMU or PCMA at 8000 Hz)");
    }
    Optional<PayloadFormat> events = audio.telephoneEvent();
    if (events.isPresent()
        && (!dynamic(events.get().payloadType())
            || events.get().payloadType() == voice.get().payloadType())) {
      return refuse(
          INCOMPATIBLE_FORMAT,
          "telephone-event payload type "
              + events.get().payloadType()
              + " must be a dynamic type (96-127) of its own");
    }
    return Optional.empty();
  }

  /** True for PCMU or PCMA at 8 kHz on its static payload type or a dynamic one. */
  public static boolean usableVoice(PayloadFormat f) {
    if (PayloadFormat.PCMU.sameCodec(f)) {
      return f.payloadType() == PayloadFormat.PCMU.payloadType() || dynamic(f.payloadType());
    }
    if (PayloadFormat.PCMA.sameCodec(f)) {
      return f.payloadType() == PayloadFormat.PCMA.payloadType() || dynamic(f.payloadType());
    }
    return false;
  }

  /**
   * Checks the audio as {@link #check(AudioDescription, String)} and then its encryption against
   * {@code mode}: an RTP/SAVP offer needs SRTP enabled, and SRTP (required, or the only thing
   * offered) needs a usable {@code a=crypto} line.
   */
  public static Optional<Refusal> check(
      AudioDescription audio, String localAddress, MediaEncryption mode) {
    Optional<Refusal> plain = check(audio, localAddress);
    if (plain.isPresent() || audio.port() == 0) {
      return plain;
    }
    if (audio.srtpOnly() && mode == MediaEncryption.NONE) {
      return refuse(INCOMPATIBLE_PROTOCOL, "RTP/SAVP offered but media encryption is off here");
    }
    if ((audio.srtpOnly() || mode == MediaEncryption.REQUIRED) && audio.crypto().isEmpty()) {
      return refuse(
          INCOMPATIBLE_FORMAT,
          "SRTP required: no usable a=crypto line (need "
              + CryptoSuite.AES_CM_128_HMAC_SHA1_80
              + " or "
              + CryptoSuite.AES_CM_128_HMAC_SHA1_32
              + " with an inline key)");
    }
    return Optional.empty();
  }

  private static boolean dynamic(int payloadType) {
    return payloadType >= 96 && payloadType <= 127;
  }

  private static Optional<Refusal> refuse(int code, String text) {
    return Optional.of(new Refusal(code, text));
  }
}
