package dev.vorzimmer.app;

import java.util.Optional;

/** The ghost-call log's view of the screening module's number normaliser. */
final class PhoneGlue {
  private PhoneGlue() {}

  /** The E.164 form of a ghost call's peer, if it is a usable number. */
  static Optional<String> e164(ScreeningModule screening, String peer) {
    try {
      return peer.isEmpty() ? Optional.empty() : screening.screener().normaliser().toE164(peer);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
