package dev.vorzimmer.app.carddav;

import java.io.IOException;

/** A CardDAV server could not be used; the message is the status line shown to the user. */
final class CardDavException extends IOException {
  private static final long serialVersionUID = 1L;

  private final boolean refused;

  CardDavException(String message) {
    this(message, false);
  }

  /**
   * @param refused the server refused user or password
   */
  CardDavException(String message, boolean refused) {
    super(message);
    this.refused = refused;
  }

  /** True when the server refused user or password (HTTP 401/403). */
  boolean refused() {
    return refused;
  }
}
