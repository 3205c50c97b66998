package dev.vorzimmer.app.door;

/** A link or number that cannot be dialled; the message says which and why. */
public final class BadDialUriException extends Exception {
  private static final long serialVersionUID = 1L;

  BadDialUriException(String message) {
    super(message);
  }
}
