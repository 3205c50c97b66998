package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.GhostCall;
import dev.vorzimmer.sip.internal.GhostRateLimiter;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionUnavailableException;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses ghost INVITEs with 403 — never 100 Trying first — at a bounded cost. Within the
 * per-source token bucket a ghost gets a server transaction (retransmissions absorbed), a log line
 * and a {@code GHOST} call event; beyond it the 403 is sent statelessly and nothing is logged or
 * parsed. Every ghost is reported as a {@link GhostCall} so the app can count them. Runs on the SIP
 * event thread.
 */
final class GhostRefusals {

  private static final Logger LOG = LoggerFactory.getLogger(GhostRefusals.class);

  private final SipContext context;
  private final CallTable calls;
  private final CallMessages messages;
  private final GhostRateLimiter limiter;

  GhostRefusals(
      SipContext context, CallTable calls, CallMessages messages, GhostRateLimiter limiter) {
    this.context = context;
    this.calls = calls;
    this.messages = messages;
    this.limiter = limiter;
  }

  /**
   * Answers the ghost INVITE of {@code event} with 403; {@code peer} is read only for fully handled
   * ghosts.
   */
  void refuse(RequestEvent event, InetSocketAddress source, String reason, Supplier<String> peer)
      throws Exception {
    Request request = event.getRequest();
    String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    String ip =
        source == null || source.getAddress() == null ? "" : source.getAddress().getHostAddress();
    if (!limiter.tryAcquire(ip)) {
      context
          .provider()
          .sendResponse(messages.response(request, Response.FORBIDDEN, newTag(), null));
      calls.reportGhost(new GhostCall(callId, "", ip, reason));
      return;
    }
    ServerTransaction transaction = event.getServerTransaction();
    if (transaction == null) {
      try {
        transaction = context.provider().getNewServerTransaction(request);
      } catch (TransactionAlreadyExistsException e) {
        LOG.debug("ghost INVITE retransmission absorbed", e);
        return;
      } catch (TransactionUnavailableException e) {
        LOG.info("malformed ghost INVITE from {}: {}", ip, Transactions.describe(e));
        return;
      }
    }
    CallMessages.send(transaction, messages.response(request, Response.FORBIDDEN, newTag(), null));
    String who = peer.get();
    LOG.warn("call {}: refused with 403: ghost call: {}", callId, reason);
    calls.reportRefused(callId, who, CallOutcome.GHOST, reason);
    calls.reportGhost(new GhostCall(callId, who, ip, reason));
  }

  private static String newTag() {
    return UUID.randomUUID().toString().substring(0, 10);
  }
}
