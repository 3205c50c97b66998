package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when the REGISTER's current target fails (no answer, a transport or TLS error, a
 * 5xx): the same REGISTER goes to the next resolved address, and when none is left the back-off
 * starts with a status line that names the last problem (a TLS refusal is kept as the clearer one).
 * Runs on the SIP event thread.
 */
final class RegisterFailover {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterFailover.class);

  private final AccountConfig account;
  private final FirstHop hop;
  private final RegistrationRetries status;
  private final RegisterSender sender;
  private final Runnable resend;
  private String tlsProblem;

  /**
   * @param resend sends the REGISTER again, to the (new) current target
   */
  RegisterFailover(
      AccountConfig account,
      FirstHop hop,
      RegistrationRetries status,
      RegisterSender sender,
      Runnable resend) {
    this.account = account;
    this.hop = hop;
    this.status = status;
    this.sender = sender;
    this.resend = resend;
  }

  /** A new attempt: no TLS problem seen yet. */
  void reset() {
    tlsProblem = null;
  }

  /** Sends the REGISTER to the next resolved address, if there is one. */
  boolean tryNext(String reason) {
    if (!hop.next(reason)) {
      return false;
    }
    resend.run();
    return true;
  }

  /** The REGISTER in flight failed (unanswered, or the stack reported an error). */
  void failCurrent(String reason) {
    if (!sender.inFlight()) {
      return;
    }
    sender.done();
    if (!status.unregistering() && tryNext(reason)) {
      return;
    }
    status.fail(
        hop.size() > 1
            ? "all "
                + hop.size()
                + " addresses of "
                + account.firstHop()
                + " failed (last: "
                + (tlsProblem != null ? tlsProblem : reason)
                + ")"
            : reason,
        Duration.ZERO);
  }

  /** The REGISTER could not be sent at all (also: its TLS connection was not made). */
  void sendFailed(Exception e) {
    LOG.info(
        "cannot send REGISTER for {} to {}: {}",
        account.aor(),
        hop.describe(),
        Transactions.describe(e));
    LOG.debug("REGISTER send failure", e);
    Optional<String> tls = Transactions.tlsFailure(e);
    tls.ifPresent(t -> tlsProblem = t);
    String reason =
        tls.orElse("cannot reach " + hop.describe() + " (" + Transactions.describe(e) + ")");
    if (status.unregistering() || !tryNext(reason)) {
      status.fail(reason, Duration.ZERO);
    }
  }
}
