package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallDisposition;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallSecurity;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.MediaPlan;
import dev.vorzimmer.sip.internal.call.CallLifecycle;
import dev.vorzimmer.sip.internal.call.ChallengeMachine;
import dev.vorzimmer.sip.sdp.SdesKeys;
import dev.vorzimmer.sip.sdp.SessionDescription;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything sip-core keeps about one call. Confined to the SIP event thread (no locking). It
 * changes only through its intent methods; the state only through {@link #transitionTo} and {@link
 * #endWith} (called by {@link CallTable}, which reports each change), checked by {@link
 * CallLifecycle}.
 *
 * <p>The fields that are not private (the INVITE, our tag and transport, the offer, the SDES keys,
 * our SDP and the media leg) are still read, and partly written, by {@link Connector}, which
 * another branch is changing; outside it they are written only through the methods here.
 */
final class CallSession {

  private static final Logger LOG = LoggerFactory.getLogger(CallSession.class);

  final String callId;
  final boolean incoming;
  final long sdpSessionId = System.nanoTime() & 0xFFFFFFFL;
  private final CallLifecycle lifecycle;
  private String peer = "";
  private String displayName = "";

  /** The initial INVITE (received for incoming calls, sent for outgoing ones). */
  Request invite;

  /** Incoming: the INVITE's server transaction until it got its final response. */
  ServerTransaction inviteTransaction;

  /** Our To tag for incoming calls. */
  String localTag;

  /** The transport the call runs on ("udp" or "tcp"), for our Contact. */
  String transport = "udp";

  /** The peer's offer of an incoming INVITE; null for a delayed offer (we offer in the 200). */
  SessionDescription remoteOffer;

  /** The encryption mode and our SDES keys (made once per call, reused by re-INVITEs). */
  SdesKeys sdes = SdesKeys.none();

  boolean weOffered;
  long sdpVersion;
  String localSdp;
  CallMedia.MediaLeg leg;
  boolean legStarted;
  MediaPlan plan;
  CallMedia.Purpose purpose = CallMedia.Purpose.LIVE;
  String greeting = "";

  private Dialog dialog;
  private boolean signallingTls;

  private CallDisposition.Challenge challenge;
  private ChallengeMachine machine;

  /** The call was answered (200 OK) before it rang: it passed the robot challenge. */
  private boolean preAnswered;

  /** How the call ends once the BYE/CANCEL we sent is answered. */
  private CallOutcome endingOutcome = CallOutcome.FAILED;

  private String endingReason = "";
  private final CallTimers timers = new CallTimers();
  private final OutgoingInvite outgoing = new OutgoingInvite();

  CallSession(String callId, boolean incoming, CallState initial) {
    this.callId = callId;
    this.incoming = incoming;
    this.lifecycle = new CallLifecycle(callId, initial);
  }

  CallState state() {
    return lifecycle.state();
  }

  boolean is(CallState... states) {
    for (CallState s : states) {
      if (lifecycle.state() == s) {
        return true;
      }
    }
    return false;
  }

  boolean isOver() {
    return lifecycle.isOver();
  }

  /** Moves to a non-final state (checked and logged old → new); only {@link CallTable} calls it. */
  void transitionTo(CallState next, String reason) {
    lifecycle.transitionTo(next, reason);
  }

  /**
   * Ends the call: stops its timers, closes its media and moves to ENDED; false (and nothing done)
   * if it was over already. Only {@link CallTable} calls it.
   */
  boolean endWith(String reason) {
    if (lifecycle.isOver()) {
      return false;
    }
    timers.cancelAll();
    if (leg != null) {
      try {
        leg.close();
      } catch (RuntimeException e) {
        LOG.warn("call {}: closing media failed", callId, e);
      }
    }
    lifecycle.transitionTo(CallState.ENDED, reason);
    return true;
  }

  /** An incoming call's INVITE, as received. */
  void received(
      Request request, ServerTransaction transaction, String tag, String via, boolean tls) {
    invite = request;
    inviteTransaction = transaction;
    localTag = tag;
    transport = via;
    signallingTls = tls;
  }

  /** An outgoing call's INVITE, before it is sent. */
  void inviting(Request request, boolean tls) {
    invite = request;
    signallingTls = tls;
  }

  /** Who the other side is, as shown to the user. */
  void identify(String number, String name) {
    peer = number;
    displayName = name;
  }

  String peer() {
    return peer;
  }

  String displayName() {
    return displayName;
  }

  Dialog dialog() {
    return dialog;
  }

  void joinDialog(Dialog value) {
    dialog = value;
  }

  /** Outgoing: the INVITE (first, or answering a digest challenge) goes out in {@code sent}. */
  void sending(ClientTransaction sent, Dialog value) {
    outgoing.sent(sent);
    dialog = value;
  }

  /** Outgoing: its INVITE transaction. */
  OutgoingInvite outgoing() {
    return outgoing;
  }

  /** The caller's offer (incoming INVITE with a body). */
  void offered(SessionDescription offer) {
    remoteOffer = offer;
  }

  /** The call's encryption mode and SDES keys (once, when the call is added). */
  void useKeys(SdesKeys keys) {
    sdes = keys;
  }

  /** The media port is reserved. */
  void prepared(CallMedia.MediaLeg reserved) {
    leg = reserved;
  }

  /** The version of our next SDP (each new offer or answer gets the next one). */
  long nextSdpVersion() {
    return ++sdpVersion;
  }

  /** Our latest SDP (offer or answer). */
  void describedBy(String sdp) {
    localSdp = sdp;
  }

  /**
   * Starts the media leg with {@code media} for {@code use}; the plan and use are kept even if the
   * start throws.
   */
  void startMedia(MediaPlan media, CallMedia.Purpose use, String announcement) {
    plan = media;
    purpose = use;
    greeting = announcement;
    leg.start(media, use, announcement);
    legStarted = true;
  }

  /** A re-negotiated plan; a running leg follows it (failures are logged). */
  void updateMedia(MediaPlan media) {
    plan = media;
    if (legStarted) {
      try {
        leg.update(media);
      } catch (RuntimeException e) {
        LOG.warn("call {}: media update failed", callId, e);
      }
    }
  }

  /** The running leg goes on for another use (challenge → ringback, live or voicemail). */
  void switchMedia(CallMedia.Purpose use, String announcement) {
    purpose = use;
    greeting = announcement;
    leg.switchTo(use, announcement);
  }

  void challengedWith(CallDisposition.Challenge value) {
    challenge = value;
  }

  CallDisposition.Challenge challenge() {
    return challenge;
  }

  /** The prompt started: the challenge's machine opens at {@code now} (nanoTime). */
  ChallengeMachine openChallenge(long now) {
    machine = new ChallengeMachine(callId, challenge.digit(), now);
    return machine;
  }

  /** The challenge's machine, or null before the prompt started. */
  ChallengeMachine machine() {
    return machine;
  }

  /** The caller passed the challenge: the call was answered before it rings. */
  void passChallenge() {
    preAnswered = true;
  }

  boolean preAnswered() {
    return preAnswered;
  }

  /** We sent BYE or CANCEL: the call ends with {@code outcome} once it is answered. */
  void endingWith(CallOutcome outcome, String reason) {
    endingOutcome = outcome;
    endingReason = reason;
  }

  CallOutcome endingOutcome() {
    return endingOutcome;
  }

  String endingReason() {
    return endingReason;
  }

  /** The call's timers. */
  CallTimers timers() {
    return timers;
  }

  /** Cancels the call's single pending timer. */
  void cancelTimer() {
    timers.cancel();
  }

  /**
   * How the call is protected: the audio as negotiated; before that, for an incoming call still
   * being screened or ringing, as its answer will be (the offer has a usable {@code a=crypto} line
   * our mode takes). A call that ended before media is plain.
   */
  CallSecurity security() {
    boolean srtp;
    if (plan != null) {
      srtp = plan.encrypted();
    } else {
      srtp =
          incoming
              && remoteOffer != null
              && is(CallState.SCREENING, CallState.RINGING)
              && sdes.choose(remoteOffer.audio().crypto()).isPresent();
    }
    return CallSecurity.of(signallingTls, srtp);
  }
}
