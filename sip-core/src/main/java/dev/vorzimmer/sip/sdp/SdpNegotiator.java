package dev.vorzimmer.sip.sdp;

import dev.vorzimmer.sip.MediaEncryption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SDP offer/answer (RFC 3264) for G.711 audio with RFC 4733 DTMF. We support PCMU and PCMA, {@code
 * telephone-event/8000}, ptime 20 and 30, and SRTP keyed by SDES (RFC 4568) when {@link SdesKeys}
 * allow.
 */
public final class SdpNegotiator {
  /** Codecs we can send and receive, in our preference order (used for offers). */
  public static final List<PayloadFormat> SUPPORTED =
      List.of(PayloadFormat.PCMU, PayloadFormat.PCMA);

  /** Payload type we offer for telephone-event. */
  public static final int OFFER_TELEPHONE_EVENT_PT = 101;

  private SdpNegotiator() {}

  /**
   * The outcome of answering an offer.
   *
   * @param sdp the answer body to send
   * @param codec the voice codec both sides use (peer's payload type number)
   * @param telephoneEvent the DTMF format, if the peer offered it
   * @param ptimeMillis packet time we will send
   * @param direction our direction
   * @param remote the peer's audio description (where to send RTP)
   * @param srtp when the audio is encrypted: the peer's crypto line we took and ours in the answer
   */
  public record Answer(
      String sdp,
      PayloadFormat codec,
      Optional<PayloadFormat> telephoneEvent,
      int ptimeMillis,
      MediaDirection direction,
      AudioDescription remote,
      Optional<CryptoPair> srtp) {}

  /**
   * The two keys of an SRTP call.
   *
   * @param theirs the peer's line (the key it encrypts with)
   * @param ours our line (the key we encrypt with), same suite
   */
  public record CryptoPair(SdesCrypto theirs, SdesCrypto ours) {}

  /**
   * Answers {@code offer} with our address and RTP port.
   *
   * @return the answer, or empty when no codec is common or media cannot use the offer ({@link
   *     MediaCapability#check} says why; the caller answers 488)
   */
  public static Optional<Answer> answer(
      SessionDescription offer, String localAddress, int localPort, long sessionId, long version) {
    return answer(offer, localAddress, localPort, sessionId, version, SdesKeys.none());
  }

  /**
   * Answers {@code offer} as {@link #answer(SessionDescription, String, int, long, long)}, with
   * SRTP as {@code keys} allow: the strongest usable {@code a=crypto} line is taken and answered
   * with our key under its tag, in the offer's profile (RTP/AVP or RTP/SAVP).
   *
   * @return empty also when the encryption mode cannot serve the offer ({@link
   *     MediaCapability#check} with the mode says why)
   */
  public static Optional<Answer> answer(
      SessionDescription offer,
      String localAddress,
      int localPort,
      long sessionId,
      long version,
      SdesKeys keys) {
    AudioDescription audio = offer.audio();
    Optional<PayloadFormat> codec =
        audio.formats().stream().filter(MediaCapability::usableVoice).findFirst();
    if (codec.isEmpty()
        || audio.port() == 0
        || MediaCapability.check(audio, localAddress, keys.mode()).isPresent()) {
      return Optional.empty();
    }
    Optional<CryptoPair> srtp =
        keys.choose(audio.crypto())
            .map(theirs -> new CryptoPair(theirs, keys.ours(theirs.suite(), theirs.tag())));
    Optional<PayloadFormat> dtmf = audio.telephoneEvent();
    int ptime = audio.ptimeMillis().stream().filter(p -> p == 20 || p == 30).findFirst().orElse(20);
    MediaDirection dir = audio.direction().answerTo();
    List<PayloadFormat> formats = new ArrayList<>();
    formats.add(codec.get());
    dtmf.ifPresent(formats::add);
    StringBuilder sdp = header(localAddress, sessionId, version);
    for (int i = 0; i < offer.mediaLines().size(); i++) {
      if (i == offer.audioIndex()) {
        audioLines(
            sdp,
            localPort,
            formats,
            ptime,
            dir,
            srtp.isPresent() ? audio.protocol() : AudioDescription.AVP,
            srtp.map(p -> List.of(p.ours())).orElse(List.of()));
      } else {
        sdp.append("m=").append(rejected(offer.mediaLines().get(i))).append("\r\n");
      }
    }
    return Optional.of(new Answer(sdp.toString(), codec.get(), dtmf, ptime, dir, audio, srtp));
  }

  /** Our offer for an outgoing call: PCMU, PCMA, telephone-event/8000, ptime 20, sendrecv. */
  public static String offer(String localAddress, int localPort, long sessionId, long version) {
    return offer(localAddress, localPort, sessionId, version, MediaDirection.SENDRECV);
  }

  /**
   * Our offer with another direction: {@code SENDONLY} puts the peer on hold, {@code SENDRECV}
   * resumes.
   */
  public static String offer(
      String localAddress, int localPort, long sessionId, long version, MediaDirection direction) {
    return offer(localAddress, localPort, sessionId, version, direction, SdesKeys.none());
  }

  /**
   * Our offer with SDES as {@code keys} say: RTP/AVP with our {@code a=crypto} lines when
   * encryption is optional (the common practice: peers without SRTP still understand it), RTP/SAVP
   * when it is required.
   */
  public static String offer(
      String localAddress,
      int localPort,
      long sessionId,
      long version,
      MediaDirection direction,
      SdesKeys keys) {
    List<PayloadFormat> formats = new ArrayList<>(SUPPORTED);
    formats.add(new PayloadFormat(OFFER_TELEPHONE_EVENT_PT, "telephone-event", 8000));
    StringBuilder sdp = header(localAddress, sessionId, version);
    String profile =
        keys.mode() == MediaEncryption.REQUIRED ? AudioDescription.SAVP : AudioDescription.AVP;
    audioLines(sdp, localPort, formats, 20, direction, profile, keys.offer());
    return sdp.toString();
  }

  private static StringBuilder header(String address, long sessionId, long version) {
    String ipVersion = address.contains(":") ? "IP6" : "IP4";
    return new StringBuilder()
        .append("v=0\r\n")
        .append("o=vorzimmer ")
        .append(sessionId)
        .append(' ')
        .append(version)
        .append(" IN ")
        .append(ipVersion)
        .append(' ')
        .append(address)
        .append("\r\n")
        .append("s=Vorzimmer\r\n")
        .append("c=IN ")
        .append(ipVersion)
        .append(' ')
        .append(address)
        .append("\r\n")
        .append("t=0 0\r\n");
  }

  private static void audioLines(
      StringBuilder sdp,
      int port,
      List<PayloadFormat> formats,
      int ptime,
      MediaDirection dir,
      String profile,
      List<SdesCrypto> crypto) {
    sdp.append("m=audio ").append(port).append(' ').append(profile);
    formats.forEach(f -> sdp.append(' ').append(f.payloadType()));
    sdp.append("\r\n");
    for (PayloadFormat f : formats) {
      sdp.append("a=rtpmap:").append(f.rtpmap()).append("\r\n");
      if (f.isTelephoneEvent()) {
        sdp.append("a=fmtp:").append(f.payloadType()).append(" 0-16\r\n");
      }
    }
    crypto.forEach(c -> sdp.append("a=").append(c.attribute()).append("\r\n"));
    sdp.append("a=ptime:").append(ptime).append("\r\n");
    sdp.append("a=").append(dir.attribute()).append("\r\n");
  }

  private static String rejected(String mediaLine) {
    String[] f = mediaLine.split("\\s+");
    StringBuilder s = new StringBuilder(f[0]).append(" 0");
    for (int i = 2; i < f.length; i++) {
      s.append(' ').append(f[i]);
    }
    return s.toString();
  }
}
