package dev.vorzimmer.screening;

import java.util.Optional;

/** Looks up contacts by number. Implementations must be fast (called on every incoming call). */
public interface ContactDirectory {
  /** The contact owning {@code e164}, if any. */
  Optional<Contact> findByNumber(String e164);
}
