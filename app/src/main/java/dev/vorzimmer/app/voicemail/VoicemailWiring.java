package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.app.ScreeningModule;
import dev.vorzimmer.app.ScreeningPolicy;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.ListKind;
import java.time.Clock;

/**
 * The adapters {@code Phone.assemble} hands to the voicemail parts: views of the screening module
 * and of a call's decision in the shapes those parts take.
 */
public final class VoicemailWiring {
  private VoicemailWiring() {}

  /** Robot-range offers for messages, over the screener's ranges and the block list. */
  public static RobotMessageRanges robotRanges(ScreeningModule screening, Clock clock) {
    return new RobotMessageRanges(
        screening.store().messages(),
        e164 -> screening.screener().rangeOf(e164),
        pattern ->
            screening.store().listStore().entries(ListKind.BLOCK).stream()
                .anyMatch(e -> e.pattern().equals(pattern) && e.expires().isEmpty()),
        screening.store().rangeProposals(),
        clock);
  }

  /** What the message recorder keeps of a call's decision. */
  public static MessageRecorder.CallerSummary summary(ScreeningPolicy.Logged logged) {
    Decision d = logged.decision();
    String caller = d.callerInfo().e164().orElse("");
    // On the store lane the call's row is already written (or failed: then there is no row to
    // link).
    long logId = logged.logId().handle((id, error) -> error == null ? id : -1L).getNow(-1L);
    return new MessageRecorder.CallerSummary(
        logId, caller, d.callerInfo().displayNumber(), d.reasons());
  }
}
