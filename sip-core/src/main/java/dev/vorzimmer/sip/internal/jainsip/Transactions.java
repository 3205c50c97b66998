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
}
