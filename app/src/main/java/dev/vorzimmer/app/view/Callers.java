package dev.vorzimmer.app.view;

import dev.vorzimmer.app.CallbackRisk;
import dev.vorzimmer.app.NumberInput;
import dev.vorzimmer.app.ScreeningModule;
import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.NumberNormaliser;
import dev.vorzimmer.screening.NumberPlaces;
import dev.vorzimmer.screening.Reason;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the phone knows about a number or a ringing caller: the views' read-only window on the
 * screener (describing, normalising and placing numbers; the call-back risk; a call's decision).
 */
public interface Callers {
  /** Country, line type and formatted number of {@code rawNumber}, as the screener sees it. */
  CallerInfo describe(String rawNumber);

  /** Numbers in the user's region's rules (what the dial field and contact numbers parse with). */
  NumberNormaliser normaliser();

  /** City/area and carrier of numbers, where the offline data has them. */
  NumberPlaces places();

  /** Turns what the user types (numbers, prefixes ending in *) into stored form. */
  NumberInput numbers();

  /**
   * Why calling {@code dialled} back may be unwise, if it may be: it costs extra, or its last call
   * was marked a ping call (see {@link CallbackRisk}). Reads the call log: not on the EDT.
   */
  Optional<Reason> callbackRisk(String dialled);

  /** The screening decision of a call the phone still knows ({@code callId}), if any. */
  Optional<Decision> decision(String callId);

  /**
   * The callers of {@code screening}; {@code decisions} finds a known call's decision.
   *
   * @param decisions Call-ID to its decision (the screening policy's)
   */
  static Callers of(ScreeningModule screening, Function<String, Optional<Decision>> decisions) {
    return new Callers() {
      @Override
      public CallerInfo describe(String rawNumber) {
        return screening.screener().describe(rawNumber);
      }

      @Override
      public NumberNormaliser normaliser() {
        return screening.screener().normaliser();
      }

      @Override
      public NumberPlaces places() {
        return screening.places();
      }

      @Override
      public NumberInput numbers() {
        return screening.numbers();
      }

      @Override
      public Optional<Reason> callbackRisk(String dialled) {
        return CallbackRisk.of(screening, dialled);
      }

      @Override
      public Optional<Decision> decision(String callId) {
        return decisions.apply(callId);
      }
    };
  }
}
