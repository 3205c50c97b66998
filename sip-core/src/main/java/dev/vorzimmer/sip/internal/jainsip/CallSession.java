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
 * Everything sip-core keeps about one call. Confined to the SIP event thread (no locking). Every
 * field is private: the call changes only through its intent methods (which check the call's state
 * where it matters and throw on a programming error), the state only through {@link #transitionTo}
 * and {@link #endWith} (called by {@link CallTable}, which reports each change), checked by {@link
 * CallLifecycle}. Its media (offer/answer, keys, plan, leg) is kept in a {@link SessionMedia}, the
 * INVITE transaction of an outgoing call in an {@link OutgoingInvite}, the timers in {@link
 * CallTimers}.
 */
final class CallSession {

  private static final Logger LOG = LoggerFactory.getLogger(CallSession.class);

  private final String callId;
  private final boolean incoming;
  private final CallLifecycle lifecycle;
  private String peer = "";
  private String displayName = "";

  private Request invite;
  private ServerTransaction inviteTransaction;
  private String localTag;
  private String transport = "udp";

  private Dialog dialog;
  private boolean signallingTls;
  private final SessionMedia media = new SessionMedia();

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

  String callId() {
    return callId;
  }

  /** True for a call we received, false for one we placed. */
  boolean incoming() {
    return incoming;
  }

  CallState state() {
    return lifecycle.state();
  }

  boolean is(CallState... states) {
    return lifecycle.is(states);
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
   * if it was over already; {@code loggedElsewhere} logs the move at DEBUG (its cause was logged
   * where it was decided). Only {@link CallTable} calls it.
   */
  boolean endWith(String reason, boolean loggedElsewhere) {
    if (lifecycle.isOver()) {
      return false;
    }
    timers.cancelAll();
    media.close(callId);
    if (loggedElsewhere) {
      lifecycle.transitionToLoggedElsewhere(CallState.ENDED, reason);
    } else {
      lifecycle.transitionTo(CallState.ENDED, reason);
    }
    return true;
  }

  /** An incoming call's INVITE, as received (before the call is added). */
  void received(
      Request request, ServerTransaction transaction, String tag, String via, boolean tls) {
    lifecycle.require("receive an INVITE", CallState.SCREENING);
    invite = request;
    inviteTransaction = transaction;
    localTag = tag;
    transport = via;
    signallingTls = tls;
  }

  /** An outgoing call's INVITE, before it is sent. */
  void inviting(Request request, boolean tls) {
    lifecycle.require("send an INVITE", CallState.CALLING);
    invite = request;
    signallingTls = tls;
  }

  /** The initial INVITE (received for incoming calls, sent for outgoing ones). */
  Request invite() {
    return invite;
  }

  /** Incoming: the INVITE's server transaction. */
  ServerTransaction inviteTransaction() {
    return inviteTransaction;
  }

  /** Incoming: our To tag. */
  String localTag() {
    return localTag;
  }

  /** For our Contact: the transport of an incoming INVITE ("udp", "tcp", "tls"); else "udp". */
  String transport() {
    return transport;
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

  OutgoingInvite outgoing() {
    return outgoing;
  }

  /** The call's media: offer/answer, keys, plan and leg (read; the leg changes through here). */
  SessionMedia media() {
    return media;
  }

  /** The caller's offer (incoming INVITE with a body), while the call is screened. */
  void offered(SessionDescription offer) {
    lifecycle.require("take an offer", CallState.SCREENING);
    media.offered(offer);
  }

  /** The call's encryption mode and SDES keys (once, when the call is added). */
  void useKeys(SdesKeys keys) {
    media.useKeys(keys);
  }

  /** The media port is reserved (before our first offer or answer). */
  void prepared(CallMedia.MediaLeg reserved) {
    lifecycle.require("reserve media", CallState.SCREENING, CallState.RINGING, CallState.CALLING);
    media.reserved(reserved);
  }

  /**
   * We answer the incoming call (200 OK) for {@code use}; its media starts with the ACK ({@link
   * #startMedia()}).
   */
  void answerFor(CallMedia.Purpose use, String announcement) {
    lifecycle.require("answer", CallState.SCREENING, CallState.RINGING);
    media.willRunFor(use, announcement == null ? "" : announcement);
  }

  /** The ACK of our 200 arrived: the leg starts with the negotiated plan for what we answered. */
  void startMedia() {
    lifecycle.require("start media after the ACK", CallState.CONNECTING);
    media.start();
  }

  /**
   * Starts the media leg with {@code plan} for {@code use} before the call is connected (early
   * media of an outgoing call, the intercept announcement); the plan and use are kept even if the
   * start throws.
   */
  void startMedia(MediaPlan plan, CallMedia.Purpose use, String announcement) {
    lifecycle.require("start early media", CallState.SCREENING, CallState.CALLING, CallState.EARLY);
    media.negotiated(plan);
    media.willRunFor(use, announcement);
    media.start();
  }

  /** A re-negotiated plan; a running leg follows it (failures are logged). */
  void updateMedia(MediaPlan plan) {
    media.update(plan, callId);
  }

  /** The running leg goes on for another use (challenge → ringback, live or voicemail). */
  void switchMedia(CallMedia.Purpose use, String announcement) {
    lifecycle.require("switch media", CallState.CHALLENGE, CallState.RINGING);
    media.switchTo(use, announcement);
  }

  /** The policy asked for the robot challenge (the call is answered for it next). */
  void challengedWith(CallDisposition.Challenge value) {
    lifecycle.require("challenge", CallState.SCREENING);
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
    lifecycle.require("pass the challenge", CallState.CHALLENGE);
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
    boolean answerPending = incoming && is(CallState.SCREENING, CallState.RINGING);
    return CallSecurity.of(signallingTls, media.srtp(answerPending));
  }
}
