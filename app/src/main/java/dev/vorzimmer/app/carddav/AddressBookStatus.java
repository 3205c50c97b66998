package dev.vorzimmer.app.carddav;

import java.net.URI;
import java.time.Instant;

/**
 * How the last sync of one {@code [[contacts.carddav]]} address book went, for the window.
 *
 * @param book the address book's URL
 * @param role {@code contacts}, {@code block} or {@code allow}
 * @param ok false when the sync failed (the copy from the last good sync stays)
 * @param at when the sync ended
 * @param entries contacts (or list entries) the phone holds from this book after the sync
 * @param trouble what kept a failed sync from working ({@link Trouble#NONE} when it worked)
 * @param detail the problem in the log's words when {@code ok} is false, else empty
 */
public record AddressBookStatus(
    URI book, String role, boolean ok, Instant at, int entries, Trouble trouble, String detail) {

  /** Why a sync failed, in categories the window can say in the user's language. */
  public enum Trouble {
    NONE,
    /** The server could not be reached (down, no network, timeout). */
    UNREACHABLE,
    /** The server refused user or password (HTTP 401/403). */
    REFUSED,
    /** The password file could not be read. */
    NO_PASSWORD,
    /** Anything else: a redirect, an unusable answer, another HTTP status. */
    OTHER
  }

  /** The server's host name, which is how the window names the book. */
  public String host() {
    return book.getHost() == null ? book.toString() : book.getHost();
  }
}
