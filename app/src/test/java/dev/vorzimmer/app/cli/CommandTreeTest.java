package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line is built only as far as it needs, and parses as the whole tree would. */
class CommandTreeTest {
  private static final List<String> ALL =
      List.of(
          "run",
          "call",
          "dial",
          "check",
          "contacts",
          "calls",
          "messages",
          "install",
          "uninstall",
          "dnd",
          "block",
          "allow");

  @TempDir Path home;
  private final List<String> ran = new ArrayList<>();
  private final RunCommand.Runner runner =
      (h, headless, verbose, request) -> {
        ran.add(h.dataDir() + (headless ? " headless" : ""));
        return 0;
      };

  private CommandLine tree(String... args) {
    return CommandTree.forArgs(args, runner, Clock.systemDefaultZone());
  }

  @Test
  void runningThePhoneBuildsTheRootAndRunOnly() {
    assertThat(tree("run", "--headless").getSubcommands().keySet()).containsExactly("run");
    assertThat(tree("--home", home.toString(), "run").getSubcommands().keySet())
        .containsExactly("run");
    assertThat(tree().getSubcommands()).isEmpty();
  }

  @Test
  void aCommandLineRunsTheCommandItNames() {
    String[] line = {"--home", home.toString(), "run", "--headless"};
    assertThat(tree(line).execute(line)).isZero();
    assertThat(ran).containsExactly(home + " headless");
  }

  @Test
  void aCommandsNameAsAnOptionsValueIsRefusedAsTheWholeTreeRefusesIt() {
    // picocli never takes a command's name as an option's value: "run" here is not a folder
    StringWriter err = new StringWriter();
    String[] line = {"--home", "run", "calls"};
    CommandLine cli = tree(line);
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute(line)).isEqualTo(2);
    assertThat(err.toString()).contains("Expected parameter for option '--home' but found 'run'");
    assertThat(ran).isEmpty();
  }

  @Test
  void aCommandsNameAsAPositionalValueOfAnotherCommandStaysItsValue() {
    String[] line = {"check", "run", "--home", "x"};
    assertThat(tree(line).parseArgs(line).subcommand().commandSpec().name()).isEqualTo("check");
  }

  @Test
  void theRootsHelpListsEveryCommandInItsOrder() {
    StringWriter out = new StringWriter();
    CommandLine cli = tree("--help");
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute("--help")).isZero();
    assertThat(cli.getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    assertThat(out.toString()).contains("dnd ", "block ", "Manage the allow list");
  }

  @Test
  void aMistypedCommandGetsPicocliSuggestionsFromTheWholeTree() {
    StringWriter err = new StringWriter();
    CommandLine cli = tree("contact", "list");
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("contact", "list")).isEqualTo(2);
    assertThat(err.toString()).contains("contacts");
  }

  @Test
  void aSubcommandsHelpNeedsOnlyThatCommand() {
    StringWriter out = new StringWriter();
    CommandLine cli = tree("block", "--help");
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute("block", "--help")).isZero();
    assertThat(cli.getSubcommands().keySet()).containsExactly("block");
    assertThat(out.toString()).contains("Usage: vorzimmer block");
  }
}
