package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.MediaPlan;
import dev.vorzimmer.sip.sdp.MediaDirection;
import dev.vorzimmer.sip.sdp.SdesKeys;
import dev.vorzimmer.sip.sdp.SdpNegotiator;
import dev.vorzimmer.sip.sdp.SessionDescription;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media of one call: its offer/answer (RFC 3264: the caller's offer, our SDES keys, our latest
 * SDP with its {@code o=} session id and version, each new offer or answer of ours getting the next
 * one), the negotiated {@link MediaPlan}, and the media leg that runs it with its purpose. Part of
 * a {@link CallSession} and confined to the SIP event thread. Our offers and answers change through
 * the methods here; the leg and the caller's offer only through the session's intent methods, which
 * check the call's state first.
 */
final class SessionMedia {

  private static final Logger LOG = LoggerFactory.getLogger(SessionMedia.class);

  private final long sessionId = System.nanoTime() & 0xFFFFFFFL;
  private long version;
  private SdesKeys keys = SdesKeys.none();
  private SessionDescription remoteOffer;
  private boolean weOffered;
  private String localSdp;
  private MediaPlan plan;
  private CallMedia.MediaLeg leg;
  private boolean started;
  private CallMedia.Purpose purpose = CallMedia.Purpose.LIVE;
  private String greeting = "";

  /** The caller's offer; null for a delayed offer (we offer in the 200). */
  SessionDescription remoteOffer() {
    return remoteOffer;
  }

  /** The call's encryption mode and SDES keys, as made when the call was added. */
  SdesKeys keys() {
    return keys;
  }

  /** The keys for later offers and answers (re-INVITEs): pinned to what the call negotiated. */
  SdesKeys pinnedKeys() {
    return keys.pinned(encrypted());
  }

  /** True when the negotiated media is SRTP. */
  boolean encrypted() {
    return plan != null && plan.encrypted();
  }

  /**
   * Whether the audio is SRTP: as negotiated; before that, with {@code answerPending} (an incoming
   * call still screened or ringing), as our answer will be: the caller's offer has a usable {@code
   * a=crypto} line our mode takes.
   */
  boolean srtp(boolean answerPending) {
    if (plan != null) {
      return plan.encrypted();
    }
    return answerPending
        && remoteOffer != null
        && keys.choose(remoteOffer.audio().crypto()).isPresent();
  }

  /** True when our SDP was the first offer (the answer comes in the peer's 18x/200 or ACK). */
  boolean weOffered() {
    return weOffered;
  }

  /** Our latest SDP (offer or answer); null before we made one. */
  String localSdp() {
    return localSdp;
  }

  /** The negotiated media; null before negotiation finished. */
  MediaPlan plan() {
    return plan;
  }

  /**
   * Answers the caller's offer from {@code host}:{@code port}: on success the answer is our SDP and
   * its plan the call's; false if the offer has no codec in common with ours.
   */
  boolean answerOffer(String host, int port) {
    Optional<SdpNegotiator.Answer> answer =
        SdpNegotiator.answer(remoteOffer, host, port, sessionId, ++version, keys);
    if (answer.isEmpty()) {
      return false;
    }
    plan = MediaPlans.fromAnswer(answer.get());
    localSdp = answer.get().sdp();
    return true;
  }

  /**
   * We make the first offer (our INVITE, or the 200 answering a delayed-offer INVITE); it becomes
   * our SDP and is returned.
   */
  String offerFirst(String host, int port) {
    localSdp = offer(host, port, MediaDirection.SENDRECV, keys);
    weOffered = true;
    return localSdp;
  }

  /**
   * A new offer of ours under the next version (a re-INVITE); it becomes our SDP only through
   * {@link #describedBy}, once it was sent.
   */
  String offer(String host, int port, MediaDirection direction, SdesKeys with) {
    return SdpNegotiator.offer(host, port, sessionId, ++version, direction, with);
  }

  /** Our offer went out: it is our latest SDP. */
  void describedBy(String sdp) {
    localSdp = sdp;
  }

  /**
   * Answers an offer in the peer's re-INVITE with keys {@code with}; the answer (if any) becomes
   * our SDP under the next version. The plan changes only through {@link #negotiated}.
   */
  Optional<SdpNegotiator.Answer> answerReOffer(
      SessionDescription offer, String host, int port, SdesKeys with) {
    Optional<SdpNegotiator.Answer> answer =
        SdpNegotiator.answer(offer, host, port, sessionId, version + 1, with);
    answer.ifPresent(
        a -> {
          version++;
          localSdp = a.sdp();
        });
    return answer;
  }

  /** The media as now negotiated (the peer's answer, or a re-negotiation). */
  void negotiated(MediaPlan value) {
    plan = value;
  }

  /** The reserved media leg (its port, its digit listeners); null before it was reserved. */
  CallMedia.MediaLeg leg() {
    return leg;
  }

  /** True once the leg was started. */
  boolean started() {
    return started;
  }

  /** What the leg is (or will be, once the ACK comes) used for. */
  CallMedia.Purpose purpose() {
    return purpose;
  }

  // The leg and the caller's offer change only through CallSession (checked by
  // SessionMediaAccessTest): its intent methods check the call's state first.

  void reserved(CallMedia.MediaLeg value) {
    leg = value;
  }

  void willRunFor(CallMedia.Purpose use, String announcement) {
    purpose = use;
    greeting = announcement;
  }

  /** Starts the leg with the negotiated plan; the use is kept even if the start throws. */
  void start() {
    leg.start(plan, purpose, greeting);
    started = true;
  }

  void switchTo(CallMedia.Purpose use, String announcement) {
    willRunFor(use, announcement);
    leg.switchTo(use, announcement);
  }

  /** A re-negotiated plan; a running leg follows it (failures are logged). */
  void update(MediaPlan value, String callId) {
    plan = value;
    if (started) {
      try {
        leg.update(value);
      } catch (RuntimeException e) {
        LOG.warn("call {}: media update failed", callId, e);
      }
    }
  }

  /** The call's encryption mode and SDES keys (once, when the call is added). */
  void useKeys(SdesKeys value) {
    keys = value;
  }

  /** The caller's offer (an incoming INVITE with a body). */
  void offered(SessionDescription offer) {
    remoteOffer = offer;
  }

  /** Closes the leg, if one was reserved (failures are logged). */
  void close(String callId) {
    if (leg != null) {
      try {
        leg.close();
      } catch (RuntimeException e) {
        LOG.warn("call {}: closing media failed", callId, e);
      }
    }
  }
}
