package dev.vorzimmer.app.config;

import java.net.URI;
import java.nio.file.Path;

/**
 * One {@code [[contacts.carddav]]} entry: a read-only address book.
 *
 * @param url the address book collection ({@code https://cloud.example.org/remote.php/dav/…/})
 * @param user login name
 * @param passwordFile file holding only the password (read at each sync)
 * @param role {@code contacts} (they ring), {@code block} or {@code allow} (list entries)
 * @param intervalMinutes minutes between syncs of a running phone
 */
public record CardDavSettings(
    URI url, String user, Path passwordFile, String role, int intervalMinutes) {
  /** The source name its contacts or list entries are stored under. */
  public String source() {
    return "carddav:" + url;
  }
}
