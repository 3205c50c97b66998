package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.sdp.MediaCapability;
import dev.vorzimmer.sip.sdp.MediaDirection;
import dev.vorzimmer.sip.sdp.SdesKeys;
import dev.vorzimmer.sip.sdp.SdpException;
import dev.vorzimmer.sip.sdp.SdpNegotiator;
import dev.vorzimmer.sip.sdp.SdpParser;
import dev.vorzimmer.sip.sdp.SessionDescription;
import java.util.Optional;
import javax.sip.ClientTransaction;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * re-INVITEs in both directions: the peer's (hold, resume, new address; answered with our SDP on
 * the same port) and ours ({@link #hold}). Runs on the SIP event thread.
 */
final class ReInvites {

  private static final Logger LOG = LoggerFactory.getLogger(ReInvites.class);

  private final SipContext context;
  private final CallTable calls;
  private final CallMessages messages;
  private final CallControl control;
  private final Connector connector;

  ReInvites(
      SipContext context,
      CallTable calls,
      CallMessages messages,
      CallControl control,
      Connector connector) {
    this.context = context;
    this.calls = calls;
    this.messages = messages;
    this.control = control;
    this.connector = connector;
  }

  /**
   * A re-INVITE (hold, resume, new address): answered with our SDP on the same port; media updated.
   */
  void onReInvite(RequestEvent event) throws Exception {
    ServerTransaction transaction = control.serverTransaction(event);
    if (transaction == null) {
      return;
    }
    Request request = event.getRequest();
    CallSession call = calls.get(CallControl.callIdOf(request));
    String transport = CallMessages.transportOf(request);
    if (call == null) {
      CallMessages.send(
          transaction,
          messages.response(request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null));
      return;
    }
    if (call.is(CallState.CONNECTING) && call.incoming() && !call.media().weOffered()) {
      // the peer got our 200 (it sends a re-INVITE in the dialog); its ACK may arrive later or be
      // overtaken
      connector.onAck(call, request);
    }
    if (!call.is(CallState.ACTIVE, CallState.VOICEMAIL) || call.media().leg() == null) {
      CallMessages.send(
          transaction, messages.response(request, Response.REQUEST_PENDING, null, null));
      return;
    }
    String sdp = CallMessages.sdpOf(request);
    Optional<SdpNegotiator.Answer> answer = Optional.empty();
    if (sdp != null) {
      answer = answerOffer(call, sdp, request, transaction);
      if (answer.isEmpty()) {
        return;
      }
    }
    Response ok = messages.response(request, Response.OK, null, transport);
    messages.addAllow(ok);
    messages.setSdp(ok, call.media().localSdp());
    CallMessages.send(transaction, ok);
    answer.ifPresent(a -> call.updateMedia(MediaPlans.fromAnswer(a)));
  }

  /**
   * Our answer to the offer {@code sdp} in a re-INVITE (it becomes our SDP); empty when it cannot
   * be used, and then 488 (with a {@code Warning} saying why) was sent.
   */
  private Optional<SdpNegotiator.Answer> answerOffer(
      CallSession call, String sdp, Request request, ServerTransaction transaction)
      throws Exception {
    Optional<SdpNegotiator.Answer> answer = Optional.empty();
    Optional<MediaCapability.Refusal> refusal;
    try {
      SessionDescription offer = SdpParser.parse(sdp);
      SdesKeys keys = call.media().pinnedKeys();
      String host = context.advertised().sdpHost();
      refusal = MediaCapability.check(offer.audio(), host, keys.mode());
      answer = call.media().answerReOffer(offer, host, call.media().leg().localPort(), keys);
    } catch (SdpException e) {
      refusal =
          Optional.of(new MediaCapability.Refusal(MediaCapability.MISCELLANEOUS, e.getMessage()));
    }
    if (answer.isEmpty()) {
      LOG.info(
          "call {}: unusable SDP in re-INVITE: {}",
          call.callId(),
          refusal.map(MediaCapability.Refusal::text).orElse("no common codec"));
      Response refused = messages.response(request, Response.NOT_ACCEPTABLE_HERE, null, null);
      if (refusal.isPresent()) {
        messages.addWarning(refused, refusal.get());
      }
      CallMessages.send(transaction, refused);
    }
    return answer;
  }

  /**
   * Puts the peer on hold (a=sendonly) or resumes (a=sendrecv) with a re-INVITE; false if not
   * possible now.
   */
  boolean hold(CallSession call, boolean on) {
    if (!call.is(CallState.ACTIVE) || call.dialog() == null || call.media().leg() == null) {
      return false;
    }
    try {
      String sdp =
          call.media()
              .offer(
                  context.advertised().sdpHost(),
                  call.media().leg().localPort(),
                  on ? MediaDirection.SENDONLY : MediaDirection.SENDRECV,
                  call.media().pinnedKeys());
      Request reInvite = OurVia.fix(context, call.dialog().createRequest(Request.INVITE));
      reInvite.addHeader(messages.contact(call.transport()));
      messages.setSdp(reInvite, sdp);
      ClientTransaction transaction = context.provider().getNewClientTransaction(reInvite);
      transaction.setApplicationData(new ReInviteHandler(call));
      call.dialog().sendRequest(transaction);
      call.media().describedBy(sdp);
      return true;
    } catch (Exception e) {
      LOG.warn("call {}: could not send re-INVITE for hold={}", call.callId(), on, e);
      return false;
    }
  }

  /** ACKs the answer to our re-INVITE and applies its SDP. */
  private final class ReInviteHandler implements ClientResponseHandler {
    private final CallSession call;

    ReInviteHandler(CallSession call) {
      this.call = call;
    }

    @Override
    public void onResponse(ResponseEvent event) {
      Response response = event.getResponse();
      if (response.getStatusCode() < 200) {
        return;
      }
      if (response.getStatusCode() >= 300) {
        LOG.info("call {}: re-INVITE refused with {}", call.callId(), response.getStatusCode());
        return;
      }
      try {
        long cseq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
        call.dialog().sendAck(OurVia.fix(context, call.dialog().createAck(cseq)));
      } catch (Exception e) {
        LOG.warn("call {}: cannot ACK the re-INVITE answer", call.callId(), e);
      }
      if (!call.isOver()) {
        MediaPlans.fromAnswerIn(response, context.listenHost(), call.media().pinnedKeys())
            .ifPresent(call::updateMedia);
      }
    }

    @Override
    public void onFailure(ClientTransactionFailure failure) {
      LOG.info("call {}: re-INVITE failed: {}", call.callId(), failure.reason());
    }
  }
}
