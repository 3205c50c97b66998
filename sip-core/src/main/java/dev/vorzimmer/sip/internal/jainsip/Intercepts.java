package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallDisposition;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rejects a call without confirming a live line (event thread): 183 Session Progress with our SDP,
 * early media with the intercept announcement, then the final status. The call stays in {@link
 * CallState#SCREENING} meanwhile, so a CANCEL ends it as usual. Without an SDP offer there is no
 * early media: the final status goes out at once.
 */
final class Intercepts {
  private static final Logger LOG = LoggerFactory.getLogger(Intercepts.class);

  private final CallTable calls;
  private final CallMessages messages;
  private final Connector connector;

  Intercepts(CallTable calls, CallMessages messages, Connector connector) {
    this.calls = calls;
    this.messages = messages;
    this.connector = connector;
  }

  void start(CallSession call, CallDisposition.Intercept intercept) throws Exception {
    String reason = intercept.status() + " after the intercept announcement: " + intercept.reason();
    if (call.media().remoteOffer() == null) {
      connector.reject(
          call, intercept.status(), CallOutcome.REJECTED, reason + " (no early media)");
      return;
    }
    if (!connector.prepareSdp(call)) {
      return;
    }
    Response progress =
        messages.response(
            call.invite(), Response.SESSION_PROGRESS, call.localTag(), call.transport());
    messages.setSdp(progress, call.media().localSdp());
    CallMessages.send(call.inviteTransaction(), progress);
    try {
      call.startMedia(call.media().plan(), CallMedia.Purpose.INTERCEPT, intercept.greeting());
    } catch (RuntimeException e) {
      LOG.warn("call {}: intercept media did not start", call.callId(), e);
    }
    LOG.info("call {}: 183 with the intercept announcement", call.callId());
    calls.schedule(
        call,
        intercept.length(),
        () -> {
          if (call.is(CallState.SCREENING)) {
            try {
              connector.reject(call, intercept.status(), CallOutcome.REJECTED, reason);
            } catch (Exception e) {
              LOG.warn("call {}: final response after the intercept failed", call.callId(), e);
              calls.end(call, CallOutcome.FAILED, "final response failed: " + e);
            }
          }
        });
  }
}
