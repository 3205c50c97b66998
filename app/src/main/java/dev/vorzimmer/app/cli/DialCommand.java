package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.DesktopFrontend;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.door.BadDialUriException;
import dev.vorzimmer.app.door.DialUri;
import dev.vorzimmer.app.door.DoorRequest;
import dev.vorzimmer.screening.NumberNormaliser;
import dev.vorzimmer.screening.PingCalls;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.screening.ScreeningConfig;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vorzimmer dial [LINK]}: what a click on a {@code tel:}, {@code callto:} or {@code sip:}
 * link runs. The running phone gets the request (its window comes to the front and calls; headless,
 * the call starts) and this exits 0; without a running phone, this process becomes the phone and
 * dials.
 */
@Command(
    name = "dial",
    mixinStandardHelpOptions = true,
    description = {
      "Dial a tel:, callto: or sip: link (or a number) on the running phone, or start the phone and dial.",
      "Without LINK it only brings the running phone's window to the front (or starts the phone).",
      "A link that is not a phone number or SIP address is refused (exit 2).",
      "A premium-rate, mass-traffic or directory-service number: the window asks first; without a"
          + " window it is refused with the risk named (exit 2) unless --yes is given."
    })
public final class DialCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LINK", arity = "0..1", description = "tel:+4930…, callto:…, sip:…")
  String link;

  @Option(names = "--headless", description = "If this starts the phone: no window.")
  boolean headless;

  @Option(
      names = {"-y", "--yes"},
      description =
          "Dial a premium-rate (0900 …), mass-traffic or directory-service number anyway.")
  boolean yes;

  @Option(
      names = "--line",
      paramLabel = "NAME",
      description = "The line ([[account]] name) to call from; default: the default line.")
  String line;

  private final RunCommand.Runner runner;

  public DialCommand(RunCommand.Runner runner) {
    this.runner = runner;
  }

  @Override
  public Integer call() {
    Optional<DoorRequest> request = Optional.empty();
    if (link != null) {
      try {
        request = Optional.of(DoorRequest.dial(DialUri.parse(link), Optional.ofNullable(line)));
      } catch (BadDialUriException e) {
        return StoreCommand.usage(spec, e.getMessage());
      }
    } else if (line != null) {
      return StoreCommand.usage(spec, "--line needs a LINK to dial");
    }
    Optional<String> target = request.flatMap(DoorRequest::dial);
    Optional<String> risk = yes ? Optional.empty() : target.flatMap(this::risk);
    if (risk.isPresent() && !windowAsks()) {
      return StoreCommand.usage(
          spec, "not dialling " + target.get() + ": " + risk.get() + " (--yes dials it anyway)");
    }
    return runner.run(HomeOption.home(spec), headless, HomeOption.verbose(spec), request);
  }

  /**
   * Whether a window will ask before a costly number: the running phone's window or the one this
   * start opens (a running headless phone refuses such a request itself).
   */
  private boolean windowAsks() {
    return !headless && DesktopFrontend.find().isPresent();
  }

  /** What calling {@code target} costs beyond a normal call, read against the home region. */
  private Optional<String> risk(String target) {
    if (target.regionMatches(true, 0, "sip", 0, 3)) {
      return Optional.empty();
    }
    ScreeningConfig screening = ScreeningConfig.defaults();
    try {
      screening = new ConfigLoader().load(HomeOption.home(spec).configFile()).screening();
    } catch (ConfigException e) {
      // the phone reports a bad config when it starts; the home region defaults to DE here
    }
    return new PingCalls(screening, new NumberNormaliser(screening.region()))
        .callbackRisk(target)
        .map(r -> ReasonTexts.of(Locale.getDefault()).render(r));
  }
}
