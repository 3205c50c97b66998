package dev.vorzimmer.app.carddav;

import java.io.IOException;

/** A CardDAV server could not be used; the message is the status line shown to the user. */
final class CardDavException extends IOException {
  private static final long serialVersionUID = 1L;

  CardDavException(String message) {
    super(message);
  }
}
