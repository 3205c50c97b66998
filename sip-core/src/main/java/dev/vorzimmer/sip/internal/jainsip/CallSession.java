package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallSecurity;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.MediaPlan;
import dev.vorzimmer.sip.internal.call.CallLifecycle;
import dev.vorzimmer.sip.sdp.SdesKeys;
import dev.vorzimmer.sip.sdp.SessionDescription;
import java.util.concurrent.ScheduledFuture;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;

/**
 * Everything sip-core keeps about one call. Confined to the SIP event thread (no locking); the
 * state only changes through {@link CallTable#move} and {@link CallTable#end}, which use {@link
 * CallLifecycle}.
 */
final class CallSession {

  final String callId;
  final boolean incoming;
  final CallLifecycle lifecycle;
  final long sdpSessionId = System.nanoTime() & 0xFFFFFFFL;
  String peer = "";
  String displayName = "";

  /** The initial INVITE (received for incoming calls, sent for outgoing ones). */
  Request invite;

  /** Incoming: the INVITE's server transaction until it got its final response. */
  ServerTransaction inviteTransaction;

  /** Outgoing: the INVITE's current client transaction (a new one after a digest challenge). */
  ClientTransaction outgoingTransaction;

  Dialog dialog;

  /** Our To tag for incoming calls. */
  String localTag;

  /** The transport the call runs on ("udp" or "tcp"), for our Contact. */
  String transport = "udp";

  /**
   * Whether the call's signalling runs over TLS on our hop (set when the INVITE is received/sent).
   */
  boolean signallingTls;

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

  /** The robot challenge of this call, if it was challenged. */
  dev.vorzimmer.sip.CallDisposition.Challenge challenge;

  dev.vorzimmer.sip.internal.call.ChallengeMachine machine;

  /** The call was answered (200 OK) before it rang: it passed the robot challenge. */
  boolean preAnswered;

  /** The single pending timer of this call (policy, ring, ACK or answer timeout). */
  ScheduledFuture<?> timer;

  /** The call's maximum length once connected ({@link CallLimits}); cancelled when it ends. */
  ScheduledFuture<?> lengthLimit;

  /** How the call ends once the BYE/CANCEL we sent is answered. */
  CallOutcome endingOutcome = CallOutcome.FAILED;

  String endingReason = "";

  /** Outgoing: the user hung up before any provisional response; send CANCEL on the first one. */
  boolean cancelPending;

  boolean provisionalSeen;
  int challenges;

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

  void cancelLengthLimit() {
    if (lengthLimit != null) {
      lengthLimit.cancel(false);
      lengthLimit = null;
    }
  }

  void cancelTimer() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
