package dev.vorzimmer.screening;

import dev.vorzimmer.screening.internal.rules.ServiceNumbers;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Ping calls ("Lockanrufe") and risky call-backs. A ping call rings once from a premium-rate or
 * foreign number and hangs up, so that the user calls back at a high price; the Bundesnetzagentur
 * warns about them regularly. Pure policy for the UI and CLI: mark such calls "don't call back",
 * and ask before calling back a number that costs extra. Thread-safe and immutable.
 */
public final class PingCalls {

  /** A call that rang shorter than this from a premium-rate or foreign number is a ping call. */
  public static final Duration PING_RING = Duration.ofSeconds(5);

  private final ScreeningConfig config;
  private final NumberNormaliser normaliser;

  /**
   * @param config for {@code ping_calls} (off: nothing is ever a ping call) and the home region
   * @param normaliser reads raw numbers for {@link #callbackRisk(String)}, e.g. {@link
   *     Screener#normaliser()}
   */
  public PingCalls(ScreeningConfig config, NumberNormaliser normaliser) {
    this.config = Objects.requireNonNull(config, "config");
    this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
  }

  /**
   * Whether a call that was not answered is a ping call, and why: it rang for less than {@link
   * #PING_RING} from a premium-rate or foreign number.
   *
   * @param rang how long the phone rang before the caller hung up
   * @return the mark for the call log, e.g. "ping call — don't call back: rang 2 s from a foreign
   *     number (Madagascar)" (codes {@code ping.service}, {@code ping.premium}, {@code
   *     ping.foreign}); empty if it is none or {@code ping_calls = false}
   */
  public Optional<Reason> pingCall(CallerInfo info, Duration rang) {
    if (!config.pingCalls()
        || !info.hasNumber()
        || rang.compareTo(PING_RING) >= 0
        || rang.isNegative()) {
      return Optional.empty();
    }
    long seconds = rang.toSeconds();
    Optional<ServiceNumbers> german = ServiceNumbers.of(info.e164().get());
    if (german.isPresent()) {
      return Optional.of(
          Reason.of("ping.service", "seconds", seconds, "service", german.get().name()));
    }
    if (info.lineType() == LineType.PREMIUM_RATE) {
      return Optional.of(Reason.of("ping.premium", "seconds", seconds));
    }
    if (info.isForeign(config.region())) {
      return Optional.of(
          Reason.of("ping.foreign", "seconds", seconds, "country", info.region().orElse("")));
    }
    return Optional.empty();
  }

  /**
   * What calling {@code info}'s number back risks, for a question before dialling: premium-rate,
   * mass-traffic and directory-service numbers cost extra, whatever the caller ID says.
   *
   * @return e.g. "premium-rate number: a call back can cost up to 3 € a minute or 30 € a call"
   *     (codes {@code risk.service}, {@code risk.premium}); empty if calling back costs nothing
   *     unusual
   */
  public Optional<Reason> callbackRisk(CallerInfo info) {
    if (!info.hasNumber()) {
      return Optional.empty();
    }
    Optional<ServiceNumbers> german = ServiceNumbers.of(info.e164().get());
    if (german.isPresent()) {
      return Optional.of(Reason.of("risk." + german.get().name()));
    }
    if (info.lineType() == LineType.PREMIUM_RATE) {
      return Optional.of(Reason.of("risk.premium"));
    }
    return Optional.empty();
  }

  /** {@link #callbackRisk(CallerInfo)} for a number as typed or stored ({@code "0900 1234567"}). */
  public Optional<Reason> callbackRisk(String rawNumber) {
    return callbackRisk(normaliser.describe(rawNumber));
  }

  /** True when calling {@code rawNumber} back costs extra; the UI asks first. */
  public boolean isCallbackRisky(String rawNumber) {
    return callbackRisk(rawNumber).isPresent();
  }
}
