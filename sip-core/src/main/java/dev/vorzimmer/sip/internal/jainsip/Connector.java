package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.MediaPlan;
import dev.vorzimmer.sip.sdp.MediaCapability;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the INVITE transaction of incoming calls: a final refusal, or 200 OK with our SDP
 * (answer to the caller's offer, or our offer for a delayed-offer INVITE), then waits for the ACK
 * and starts the media.
 */
final class Connector {

  private static final Logger LOG = LoggerFactory.getLogger(Connector.class);

  private final SipContext context;
  private final CallTable calls;
  private final CallMessages messages;
  private final CallMedia media;
  private final Duration ackTimeout;
  private final Hangup hangup;
  private Challenges challenges;

  /** Sends BYE for a connected call; implemented by {@link CallControl}. */
  interface Hangup {
    void bye(CallSession call, CallOutcome outcome, String reason);
  }

  Connector(
      SipContext context,
      CallTable calls,
      CallMessages messages,
      CallMedia media,
      Duration ackTimeout,
      Hangup hangup) {
    this.context = context;
    this.calls = calls;
    this.messages = messages;
    this.media = media;
    this.ackTimeout = ackTimeout;
    this.hangup = hangup;
  }

  void challenges(Challenges value) {
    this.challenges = value;
  }

  /** Why our media cannot use the caller's offer (checked before anything rings), or empty. */
  Optional<MediaCapability.Refusal> offerRefusal(CallSession call) {
    return MediaCapability.check(
        call.media().remoteOffer().audio(),
        context.advertised().sdpHost(),
        call.media().keys().mode());
  }

  /** Answers 488 with a {@code Warning} saying why the SDP cannot be used, and ends the call. */
  void rejectSdp(CallSession call, MediaCapability.Refusal refusal) throws Exception {
    Response response =
        messages.response(
            call.invite(), Response.NOT_ACCEPTABLE_HERE, call.localTag(), call.transport());
    messages.addWarning(response, refusal);
    CallMessages.send(call.inviteTransaction(), response);
    calls.end(call, CallOutcome.FAILED, "unusable SDP offer: " + refusal.text());
  }

  /** Answers the INVITE with a final error status and ends the call. */
  void reject(CallSession call, int status, CallOutcome outcome, String reason) throws Exception {
    sendFinal(call, status);
    calls.end(call, outcome, reason);
  }

  /**
   * Answers the INVITE with the policy's final status and ends the call as rejected; the move to
   * ENDED is logged at DEBUG only, because the policy logs its decision ({@link
   * dev.vorzimmer.sip.IncomingCallPolicy}).
   */
  void rejectByPolicy(CallSession call, int status, String reason) throws Exception {
    sendFinal(call, status);
    calls.endLoggedElsewhere(call, CallOutcome.REJECTED, reason);
  }

  private void sendFinal(CallSession call, int status) throws Exception {
    Response response = messages.response(call.invite(), status, call.localTag(), call.transport());
    if (status == Response.METHOD_NOT_ALLOWED) {
      messages.addAllow(response);
    }
    CallMessages.send(call.inviteTransaction(), response);
  }

  /** Answers with 200 OK and our SDP; the call waits for the ACK in CONNECTING. */
  void connect(CallSession call, CallMedia.Purpose purpose, String greeting, String reason)
      throws Exception {
    if (!prepareSdp(call)) {
      return;
    }
    call.answerFor(purpose, greeting);
    Response ok = messages.response(call.invite(), Response.OK, call.localTag(), call.transport());
    messages.addAllow(ok);
    messages.setSdp(ok, call.media().localSdp());
    CallMessages.send(call.inviteTransaction(), ok);
    calls.move(call, CallState.CONNECTING, reason);
    calls.schedule(call, ackTimeout, () -> onAckTimeout(call));
  }

  /**
   * Reserves the media port and writes our SDP (answer, or offer for a delayed offer) into the
   * call; on failure the call was rejected and false is returned.
   */
  boolean prepareSdp(CallSession call) throws Exception {
    CallMedia.MediaLeg leg;
    try {
      leg = media.prepare(call.callId(), context.advertised().bindHost());
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() != null ? e.getMessage() : Transactions.describe(e);
      LOG.warn("call {}: no media port: {}", call.callId(), why);
      LOG.debug("media port failure", e);
      reject(call, Response.SERVICE_UNAVAILABLE, CallOutcome.FAILED, "no media port: " + why);
      return false;
    }
    call.prepared(leg);
    int port = leg.localPort();
    String host = context.advertised().sdpHost();
    if (call.media().remoteOffer() == null) {
      call.media().offerFirst(host, port);
    } else if (!call.media().answerOffer(host, port)) {
      reject(call, Response.NOT_ACCEPTABLE_HERE, CallOutcome.FAILED, "no common codec");
      return false;
    }
    return true;
  }

  /** The ACK of our 200 arrived: media starts. A delayed offer's answer is taken from the ACK. */
  void onAck(CallSession call, Request ack) {
    if (!call.is(CallState.CONNECTING)) {
      return;
    }
    call.cancelTimer();
    if (call.media().weOffered()) {
      Optional<MediaPlan> plan =
          ack == null
              ? Optional.empty()
              : MediaPlans.fromAnswerIn(ack, context.listenHost(), call.media().keys());
      if (plan.isEmpty()) {
        hangup.bye(call, CallOutcome.FAILED, "the ACK carried no usable SDP answer");
        return;
      }
      call.media().negotiated(plan.get());
    }
    try {
      if (call.media().purpose() == CallMedia.Purpose.CHALLENGE) {
        challenges.listen(call);
      }
      call.startMedia();
    } catch (RuntimeException e) {
      LOG.warn("call {}: media did not start", call.callId(), e);
      hangup.bye(call, CallOutcome.FAILED, "media did not start: " + Transactions.describe(e));
      return;
    }
    if (call.media().purpose() == CallMedia.Purpose.CHALLENGE) {
      challenges.begin(call);
      return;
    }
    boolean voicemail = call.media().purpose() == CallMedia.Purpose.VOICEMAIL;
    calls.move(
        call,
        voicemail ? CallState.VOICEMAIL : CallState.ACTIVE,
        voicemail ? "answering machine took the call" : "connected");
  }

  private void onAckTimeout(CallSession call) {
    if (call.is(CallState.CONNECTING)) {
      hangup.bye(call, CallOutcome.FAILED, "no ACK within " + ackTimeout.toMillis() + " ms");
    }
  }
}
