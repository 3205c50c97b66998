package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --home} (and {@code --verbose}) typed where a user types them: before the command, between
 * a command and its subcommand, and at the end. Each must reach the same folder; the default home
 * ({@code user.home}, pointed at an empty temporary folder here) must stay untouched.
 */
class HomeOptionCliTest {
  @TempDir Path home;
  @TempDir Path elsewhere;
  private String userHome;

  @BeforeEach
  void defaultHomeIsAnEmptyFolder() {
    userHome = System.getProperty("user.home");
    System.setProperty("user.home", elsewhere.toString());
  }

  @AfterEach
  void restoreUserHome() {
    System.setProperty("user.home", userHome);
    System.clearProperty("vorzimmer.console.level");
    System.clearProperty("vorzimmer.level");
  }

  private static CliRun vz(String... args) {
    return CliRun.of(args);
  }

  @Test
  void homeBeforeTheCommandReachesNestedSubcommands() {
    String dir = home.toString();
    assertThat(vz("--home", dir, "contacts", "add", "Erika Mustermann", "030 1234567").code())
        .isZero();
    assertThat(vz("--home", dir, "block", "add", "+49 211 555*").code()).isZero();

    assertThat(vz("contacts", "list", "--json", "--home", dir).out()).contains("Erika Mustermann");
    assertThat(vz("--home", dir, "block", "list").out()).contains("+49211555*");
    assertThat(vz("--home", dir, "check", "030 1234567").out())
        .startsWith("RING")
        .contains("Erika Mustermann");
    assertThat(Files.exists(home.resolve("vorzimmer.db"))).isTrue();
    assertThat(elsewhere).isEmptyDirectory();
  }

  @Test
  void homeBetweenCommandAndSubcommand() {
    String dir = home.toString();
    assertThat(vz("contacts", "--home", dir, "add", "Erika Mustermann", "030 1234567").code())
        .isZero();
    assertThat(vz("block", "--home", dir, "add", "+49 211 555*").code()).isZero();
    assertThat(vz("contacts", "list", "--home", dir).out()).contains("Erika Mustermann");
    CliRun export = vz("messages", "--home", dir, "export", "1", home.resolve("x.wav").toString());
    assertThat(export.err()).contains("there is no message 1");
    assertThat(vz("--home", dir, "messages", "--json").out().replaceAll("\\s", "")).isEqualTo("[]");
    assertThat(elsewhere).isEmptyDirectory();
  }

  @Test
  void everyCommandsHelpShowsTheInheritedOptions() {
    CliRun help = vz("messages", "export", "--help");
    assertThat(help.out()).contains("--home=DIR").contains("--verbose");
    assertThat(vz("block", "add", "--help").out()).contains("--home=DIR");
  }

  @Test
  void verboseIsAcceptedBeforeAndAfterTheCommand() {
    String dir = home.toString();
    assertThat(vz("--verbose", "--home", dir, "calls").code()).isZero();
    assertThat(vz("calls", "-v", "--home", dir).code()).isZero();
    assertThat(elsewhere).isEmptyDirectory();
  }
}
