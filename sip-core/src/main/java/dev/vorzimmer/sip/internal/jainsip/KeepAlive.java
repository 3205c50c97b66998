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
 * cannot be written, counts as failure and is reported once to {@code onFailure}. On TLS the pongs
 * are timed too (JAIN-SIP swallows them, so we look at the connection itself): a connection that
 * read nothing, not even a CRLF pong, for more than two intervals (at least 4 s) has silently
 * stopped answering; it is closed and that is a failure as well, so the phone connects and
 * registers again. Runs on the SIP event thread.
 */
final class KeepAlive implements ClientResponseHandler {

  private static final Logger LOG = LoggerFactory.getLogger(KeepAlive.class);
  private static final Duration MIN_SILENCE = Duration.ofSeconds(4);

  private final SipContext context;
  private final AccountConfig account;
  private final Duration interval;
  private final RequestBuilder requests;
  private final Consumer<String> onFailure;
  private final java.util.Optional<TlsConnector> tls;
  private ScheduledFuture<?> ticker;
  private ClientTransaction pendingProbe;

  KeepAlive(
      SipContext context,
      AccountConfig account,
      Duration interval,
      RequestBuilder requests,
      Consumer<String> onFailure,
      java.util.Optional<TlsConnector> tls) {
    this.context = context;
    this.account = account;
    this.interval = interval;
    this.requests = requests;
    this.onFailure = onFailure;
    this.tls = tls;
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
      String host = hop.getHost().replace("[", "").replace("]", "");
      if (silent(host, hop.getPort())) {
        return;
      }
      tcp.sendHeartbeat(host, hop.getPort());
    } catch (IOException | java.text.ParseException e) {
      fail("CRLF keep-alive could not be sent: " + Transactions.describe(e));
    }
  }

  /**
   * How long a TLS connection may read nothing before it counts as dead: two intervals (so at least
   * one pong is missing), never less than {@link #MIN_SILENCE} (a loaded machine may be slow to
   * answer a ping).
   */
  Duration silenceBound() {
    Duration twice = interval.multipliedBy(2);
    return twice.compareTo(MIN_SILENCE) < 0 ? MIN_SILENCE : twice;
  }

  /**
   * True when the TLS connection to the hop read nothing for longer than {@link #silenceBound()};
   * it is then given up and the failure reported.
   */
  private boolean silent(String host, int port) {
    java.util.Optional<TlsSocket> connection =
        tls.flatMap(connector -> connector.inUse(host, port));
    if (connection.isEmpty()) {
      return false;
    }
    long silentMillis = TimeUnit.NANOSECONDS.toMillis(connection.get().nanosSinceLastRead());
    if (silentMillis <= silenceBound().toMillis()) {
      return false;
    }
    connection.get().abandon();
    fail(
        String.format(
            java.util.Locale.ROOT,
            "the TLS connection to %s:%d stopped answering (nothing, not even a keep-alive pong,"
                + " for %.1f s); connecting again",
            host,
            port,
            silentMillis / 1000.0));
    return true;
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
