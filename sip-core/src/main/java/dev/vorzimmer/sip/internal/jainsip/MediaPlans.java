package dev.vorzimmer.sip.internal.jainsip;

import com.google.common.net.InetAddresses;
import dev.vorzimmer.sip.MediaEncryption;
import dev.vorzimmer.sip.MediaPlan;
import dev.vorzimmer.sip.SrtpKeys;
import dev.vorzimmer.sip.sdp.AudioDescription;
import dev.vorzimmer.sip.sdp.MediaCapability;
import dev.vorzimmer.sip.sdp.MediaDirection;
import dev.vorzimmer.sip.sdp.PayloadFormat;
import dev.vorzimmer.sip.sdp.SdesCrypto;
import dev.vorzimmer.sip.sdp.SdesKeys;
import dev.vorzimmer.sip.sdp.SdpException;
import dev.vorzimmer.sip.sdp.SdpNegotiator;
import dev.vorzimmer.sip.sdp.SdpParser;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sip.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns negotiated SDP into the {@link MediaPlan} the media side works with. */
final class MediaPlans {

  private static final Logger LOG = LoggerFactory.getLogger(MediaPlans.class);

  private MediaPlans() {}

  /** The plan after we answered an offer. */
  static MediaPlan fromAnswer(SdpNegotiator.Answer answer) {
    OptionalInt dtmf =
        answer
            .telephoneEvent()
            .map(f -> OptionalInt.of(f.payloadType()))
            .orElse(OptionalInt.empty());
    Optional<SrtpKeys> srtp = answer.srtp().map(p -> keys(p.ours(), p.theirs()));
    return new MediaPlan(
        address(answer.remote()),
        answer.codec().payloadType(),
        answer.codec().encoding(),
        dtmf,
        answer.ptimeMillis(),
        answer.direction().sends(),
        answer.direction().receives(),
        srtp);
  }

  /**
   * The plan after the peer answered our offer; empty if it chose no codec we offered, or answered
   * without crypto although {@code sdes} requires SRTP.
   */
  static Optional<MediaPlan> fromRemoteAnswer(
      AudioDescription remote, String localAddress, SdesKeys sdes) {
    Optional<PayloadFormat> codec = remote.voiceCodec().filter(MediaCapability::usableVoice);
    if (codec.isEmpty() || remote.port() == 0) {
      return Optional.empty();
    }
    Optional<SdesCrypto> theirs = sdes.choose(remote.crypto());
    if (theirs.isEmpty() && sdes.mode() == MediaEncryption.REQUIRED) {
      LOG.info("unusable SDP answer: no usable a=crypto line, and SRTP is required");
      return Optional.empty();
    }
    Optional<MediaCapability.Refusal> refusal = MediaCapability.check(remote, localAddress);
    if (refusal.isPresent()) {
      LOG.info("unusable SDP answer: {}", refusal.get().text());
      return Optional.empty();
    }
    OptionalInt dtmf =
        remote
            .telephoneEvent()
            .map(f -> OptionalInt.of(f.payloadType()))
            .orElse(OptionalInt.empty());
    int ptime = remote.ptimeMillis().isPresent() && remote.ptimeMillis().getAsInt() == 30 ? 30 : 20;
    MediaDirection ours = remote.direction().answerTo();
    Optional<SrtpKeys> srtp = theirs.map(t -> keys(sdes.ours(t.suite(), t.tag()), t));
    return Optional.of(
        new MediaPlan(
            address(remote),
            codec.get().payloadType(),
            codec.get().encoding(),
            dtmf,
            ptime,
            ours.sends(),
            ours.receives(),
            srtp));
  }

  private static SrtpKeys keys(SdesCrypto ours, SdesCrypto theirs) {
    return new SrtpKeys(ours.suite().name(), ours.keySalt(), theirs.keySalt());
  }

  /**
   * The plan from the SDP answer in a message (the 18x/200 to our INVITE, or the ACK after our
   * offer in a 200); empty if it carries no SDP, unparsable SDP, or no codec we offered.
   */
  static Optional<MediaPlan> fromAnswerIn(Message message, String localAddress, SdesKeys sdes) {
    String sdp = CallMessages.sdpOf(message);
    if (sdp == null) {
      return Optional.empty();
    }
    try {
      return fromRemoteAnswer(SdpParser.parse(sdp).audio(), localAddress, sdes);
    } catch (SdpException e) {
      LOG.info("unusable SDP answer ({}) in {}", e.getMessage(), message.getHeader("CSeq"));
      return Optional.empty();
    }
  }

  /**
   * The peer's RTP address; a host name is left unresolved so the SIP thread never waits for DNS.
   */
  private static InetSocketAddress address(AudioDescription remote) {
    if (InetAddresses.isInetAddress(remote.address())) {
      return new InetSocketAddress(InetAddresses.forString(remote.address()), remote.port());
    }
    return InetSocketAddress.createUnresolved(remote.address(), remote.port());
  }
}
