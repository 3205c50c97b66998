package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.RegistrationState;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the network says about the connection to the registrar (a network error, the end of the TLS
 * connection, a failed keep-alive), turned into the registration's next step: the REGISTER in
 * flight fails, or a registered account registers again. Runs on the SIP event thread.
 */
final class RegistrationWatch {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrationWatch.class);

  /**
   * The registration steps the watch can take.
   *
   * @param inFlight true while a REGISTER waits for its final answer
   * @param failCurrent the REGISTER in flight failed for the reason it gets
   * @param again registers again (not quietly) for the reason it gets
   * @param target "registrar sip.example.net (192.0.2.1:5061)", for status lines
   */
  record Steps(
      java.util.function.BooleanSupplier inFlight,
      java.util.function.Consumer<String> failCurrent,
      java.util.function.Consumer<String> again,
      java.util.function.Supplier<String> target) {}

  private final AccountConfig account;
  private final FirstHop hop;
  private final RegistrationRetries status;
  private final Steps steps;

  RegistrationWatch(AccountConfig account, FirstHop hop, RegistrationRetries status, Steps steps) {
    this.account = account;
    this.hop = hop;
    this.status = status;
    this.steps = steps;
  }

  /** The stack reported a network error towards host:port (for example TCP connection lost). */
  void onNetworkError(String host, int port, String transport) {
    if (!hop.isCurrent(host, port)) {
      return;
    }
    String reason = "network error towards " + host + ":" + port + "/" + transport;
    if (steps.inFlight().getAsBoolean()) {
      steps.failCurrent().accept(reason);
    } else if (status.state() == RegistrationState.REGISTERED) {
      onKeepAliveFailed(reason);
    }
  }

  /**
   * The TLS connection to {@code peer} ended (closed by the provider, or broken): calls could no
   * longer reach us over it, so we register again over a new connection.
   */
  void onConnectionLost(InetSocketAddress peer) {
    String host = peer.getAddress().getHostAddress();
    if (status.unregistering() || !hop.isCurrent(host, peer.getPort())) {
      return;
    }
    String reason = "the TLS connection to " + steps.target().get() + " was closed";
    if (steps.inFlight().getAsBoolean()) {
      steps.failCurrent().accept(reason);
    } else if (status.state() == RegistrationState.REGISTERED) {
      LOG.info("{} for {}; connecting and registering again", reason, account.aor());
      steps.again().accept(reason + "; connecting again");
    }
  }

  /** A keep-alive failed (no answer, or it could not be written): register again. */
  void onKeepAliveFailed(String reason) {
    if (steps.inFlight().getAsBoolean()
        || status.unregistering()
        || status.state() != RegistrationState.REGISTERED) {
      return;
    }
    LOG.info(
        "keep-alive to registrar failed for {} ({}); registering again", account.aor(), reason);
    steps.again().accept("keep-alive failed: " + reason);
  }
}
