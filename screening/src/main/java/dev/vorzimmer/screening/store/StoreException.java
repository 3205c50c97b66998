package dev.vorzimmer.screening.store;

/**
 * A store operation failed (database or list file problem); the message says what was being done.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
