package dev.vorzimmer.sip.internal.jainsip;

import javax.sip.ObjectInUseException;
import javax.sip.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small helpers around JAIN-SIP transactions and exceptions. */
final class Transactions {

  private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

  private Transactions() {}

  /** Stops retransmissions of a transaction we gave up on; failure to do so is only logged. */
  static void terminateQuietly(Transaction transaction) {
    try {
      transaction.terminate();
    } catch (ObjectInUseException | RuntimeException e) {
      LOG.debug("could not terminate transaction {}", transaction.getBranchId(), e);
    }
  }

  /** The innermost message of an exception chain, for user-facing reasons. */
  static String describe(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** The status line of a TLS connection we did not make, if that is why {@code error} happened. */
  static java.util.Optional<String> tlsFailure(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof TlsNetworkLayer.Failure failure) {
        return java.util.Optional.of(failure.getMessage());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return java.util.Optional.empty();
  }
}
