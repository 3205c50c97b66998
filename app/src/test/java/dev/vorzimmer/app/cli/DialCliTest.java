package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vorzimmer dial} refuses premium-rate, mass-traffic and directory-service numbers (German
 * and foreign, as libphonenumber classifies them) unless {@code --yes} is given; the phone is never
 * started or asked for them.
 */
class DialCliTest {
  @TempDir Path home;
  private final List<Optional<String>> dialled = new ArrayList<>();
  private final StringWriter err = new StringWriter();

  private int vz(String... args) {
    RunCommand.Runner runner =
        (h, headless, verbose, request) -> {
          dialled.add(request.flatMap(dev.vorzimmer.app.door.DoorRequest::dial));
          return 0;
        };
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--home");
    all.add(home.toString());
    String[] line = all.toArray(String[]::new);
    CommandLine cli = CommandTree.forArgs(line, runner, Clock.systemDefaultZone());
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(line);
  }

  @Test
  void premiumNumbersAreRefusedNamingTheRiskAndNothingIsDialled() {
    assertThat(vz("dial", "tel:0900-1234567")).isEqualTo(2);
    assertThat(vz("dial", "tel:+44-909-876-5432")).isEqualTo(2);
    assertThat(vz("dial", "01371234567")).isEqualTo(2);

    assertThat(dialled).isEmpty();
    assertThat(err.toString())
        .contains("not dialling 09001234567: premium-rate number")
        .contains("premium-rate number: calling it back costs extra")
        .contains("mass-traffic number (0137)")
        .contains("(--yes dials it anyway)");
  }

  @Test
  void withYesOrForAnOrdinaryNumberThePhoneDials() {
    assertThat(vz("dial", "--yes", "tel:0900-1234567")).isZero();
    assertThat(vz("dial", "tel:+49-30-1234567")).isZero();

    assertThat(dialled).containsExactly(Optional.of("09001234567"), Optional.of("+49301234567"));
    assertThat(err.toString()).isEmpty();
  }
}
