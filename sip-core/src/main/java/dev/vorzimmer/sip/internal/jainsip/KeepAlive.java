package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import gov.nist.javax.sip.ListeningPointExt;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NAT keep-alive towards the registrar while registered: a CRLF heartbeat (RFC 5626 double CRLF) on
 * TCP and TLS, an OPTIONS on UDP. An OPTIONS still unanswered at the next tick, or a heartbeat that
 * cannot be written, counts as failure and is reported once to {@code onFailure}. Runs on the SIP
 * event thread.
 */
final class KeepAlive implements ClientResponseHandler {

  private static final Logger LOG = LoggerFactory.getLogger(KeepAlive.class);

  private final SipContext context;
  private final AccountConfig account;
  private final Duration interval;
  private final RequestBuilder requests;
  private final Consumer<String> onFailure;
  private ScheduledFuture<?> ticker;
  private ClientTransaction pendingProbe;

  KeepAlive(
      SipContext context,
      AccountConfig account,
      Duration interval,
      RequestBuilder requests,
      Consumer<String> onFailure) {
    this.context = context;
    this.account = account;
    this.interval = interval;
    this.requests = requests;
    this.onFailure = onFailure;
  }

  /** Starts ticking (restarts if already running). */
  void start() {
    stop();
    long millis = interval.toMillis();
    ticker =
        context.events().scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Stops ticking and forgets an outstanding probe. */
  void stop() {
    if (ticker != null) {
      ticker.cancel(false);
      ticker = null;
    }
    if (pendingProbe != null) {
      Transactions.terminateQuietly(pendingProbe);
      pendingProbe = null;
    }
  }

  @Override
  public void onResponse(ResponseEvent event) {
    if (event.getClientTransaction() == pendingProbe
        && event.getResponse().getStatusCode() >= 200) {
      pendingProbe = null;
    }
  }

  @Override
  public void onFailure(ClientTransactionFailure failure) {
    // an unanswered probe is detected at the next tick; nothing to do earlier
    LOG.debug("keep-alive probe for {} failed: {}", account.aor(), failure.reason());
  }

  private void tick() {
    if (account.transport().connectionOriented()) {
      heartbeat();
    } else {
      probe();
    }
  }

  private void heartbeat() {
    ListeningPointExt tcp = (ListeningPointExt) context.listeningPoint(account.transport());
    try {
      javax.sip.address.SipURI hop = requests.hop();
      tcp.sendHeartbeat(hop.getHost().replace("[", "").replace("]", ""), hop.getPort());
    } catch (IOException | java.text.ParseException e) {
      fail("CRLF keep-alive could not be sent: " + Transactions.describe(e));
    }
  }

  private void probe() {
    if (pendingProbe != null) {
      fail("OPTIONS keep-alive unanswered for " + interval.toMillis() + " ms");
      return;
    }
    try {
      ClientTransaction transaction =
          context.provider().getNewClientTransaction(requests.options());
      transaction.setApplicationData(this);
      pendingProbe = transaction;
      transaction.sendRequest();
    } catch (Exception e) {
      fail("OPTIONS keep-alive could not be sent: " + Transactions.describe(e));
    }
  }

  private void fail(String reason) {
    stop();
    onFailure.accept(reason);
  }
}
