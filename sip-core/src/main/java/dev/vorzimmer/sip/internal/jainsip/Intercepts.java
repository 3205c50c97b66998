package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallDisposition;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.CallState;
import java.util.function.Supplier;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rejects a call without confirming a live line (event thread): 183 Session Progress with our SDP,
 * early media with the intercept announcement, then the final status. The call stays in {@link
 * CallState#SCREENING} meanwhile, so a CANCEL ends it as usual. Without an SDP offer there is no
 * early media: the final status goes out at once. So does it when {@link
 * CallSettings#maxIntercepts()} intercepts already play: intercepts have their own slots (they do
 * not count against {@link CallSettings#maxCalls()}), so a robot flood degrades to plain 404/410
 * instead of keeping contacts out.
 */
final class Intercepts {
  private static final Logger LOG = LoggerFactory.getLogger(Intercepts.class);

  private final CallTable calls;
  private final CallMessages messages;
  private final Connector connector;
  private final Supplier<CallSettings> settings;

  Intercepts(
      CallTable calls,
      CallMessages messages,
      Connector connector,
      Supplier<CallSettings> settings) {
    this.calls = calls;
    this.messages = messages;
    this.connector = connector;
    this.settings = settings;
  }

  void start(CallSession call, CallDisposition.Intercept intercept) throws Exception {
    String reason = intercept.status() + " after the intercept announcement: " + intercept.reason();
    if (call.media().remoteOffer() == null) {
      connector.reject(
          call, intercept.status(), CallOutcome.REJECTED, reason + " (no early media)");
      return;
    }
    int cap = settings.get().maxIntercepts();
    if (calls.intercepts() >= cap) {
      connector.reject(
          call,
          intercept.status(),
          CallOutcome.REJECTED,
          reason + " (no early media: " + cap + " intercepts already playing)");
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
    calls.intercepting(call);
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
