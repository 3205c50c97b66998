package dev.vorzimmer.media;

/** A media session could not be set up or used; the message says why in plain words. */
public class MediaException extends RuntimeException {

  public MediaException(String message) {
    super(message);
  }

  public MediaException(String message, Throwable cause) {
    super(message, cause);
  }
}
