package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.door.BadDialUriException;
import dev.vorzimmer.app.door.DialUri;
import dev.vorzimmer.app.door.DoorRequest;
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
      "A link that is not a phone number or SIP address is refused (exit 2)."
    })
public final class DialCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LINK", arity = "0..1", description = "tel:+4930…, callto:…, sip:…")
  String link;

  @Option(names = "--headless", description = "If this starts the phone: no window.")
  boolean headless;

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
    return runner.run(HomeOption.home(spec), headless, HomeOption.verbose(spec), request);
  }
}
