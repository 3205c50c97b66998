package dev.vorzimmer.app;

import dev.vorzimmer.app.voicemail.MessageRecorder;
import dev.vorzimmer.app.voicemail.RobotMessageRanges;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.ListKind;
import java.time.Clock;
import java.util.Optional;

/**
 * The small adapters {@link Phone#assemble} hands to the voicemail and ghost-call parts: views of
 * the screening module and of a call's decision in the shapes those parts take.
 */
final class PhoneGlue {
  private PhoneGlue() {}

  /** Robot-range offers for messages, over the screener's ranges and the block list. */
  static RobotMessageRanges robotRanges(ScreeningModule screening, Clock clock) {
    return new RobotMessageRanges(
        screening.store().messages(),
        e164 -> screening.screener().rangeOf(e164),
        pattern ->
            screening.store().listStore().entries(ListKind.BLOCK).stream()
                .anyMatch(e -> e.pattern().equals(pattern) && e.expires().isEmpty()),
        screening.store().rangeProposals(),
        clock);
  }

  /** The E.164 form of a ghost call's peer, if it is a usable number. */
  static Optional<String> e164(ScreeningModule screening, String peer) {
    try {
      return peer.isEmpty() ? Optional.empty() : screening.screener().normaliser().toE164(peer);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** What the message recorder keeps of a call's decision. */
  static MessageRecorder.CallerSummary summary(ScreeningPolicy.Logged logged) {
    Decision d = logged.decision();
    String caller = d.callerInfo().e164().orElse("");
    // On the store lane the call's row is already written (or failed: then there is no row to
    // link).
    long logId = logged.logId().handle((id, error) -> error == null ? id : -1L).getNow(-1L);
    return new MessageRecorder.CallerSummary(
        logId, caller, d.callerInfo().displayNumber(), d.reasons());
  }
}
