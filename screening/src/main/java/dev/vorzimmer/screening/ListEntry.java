package dev.vorzimmer.screening;

import java.time.Instant;
import java.util.Optional;

/**
 * One block- or allow-list entry.
 *
 * @param id store id (0 when not stored yet)
 * @param pattern an E.164 number ({@code +4930123456}), a prefix/range ending in {@code *} ({@code
 *     +49211555*}), or a whole country code ({@code +1*})
 * @param kind block or allow
 * @param reason why the user (or an import) added it; may be empty
 * @param source where it came from ({@code "cli"}, {@code "import:callcentres.txt"}, {@code
 *     "robot-range"}, …)
 * @param created when it was added
 * @param expires when it stops applying; empty = forever
 */
public record ListEntry(
    long id,
    String pattern,
    ListKind kind,
    String reason,
    String source,
    Instant created,
    Optional<Instant> expires) {

  /** True when {@code pattern} is a prefix ({@code +49211555*}) rather than one number. */
  public boolean isPrefix() {
    return pattern.endsWith("*");
  }

  /** True when the entry applies at {@code now}. */
  public boolean activeAt(Instant now) {
    return expires.map(now::isBefore).orElse(true);
  }
}
