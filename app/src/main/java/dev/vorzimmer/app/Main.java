package dev.vorzimmer.app;

import dev.vorzimmer.app.cli.DialCommand;
import dev.vorzimmer.app.cli.LangOption;
import dev.vorzimmer.app.cli.ListCommand;
import dev.vorzimmer.app.cli.RootCommand;
import dev.vorzimmer.app.cli.RunCommand;
import dev.vorzimmer.screening.ListKind;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/**
 * The composition root: builds the command line with the parts it needs, passed through
 * constructors (no static service locators), and exits with the command's status.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Charset charset = Charset.defaultCharset();
    if (LangOption.terminalWantsUtf8(System.getenv(), System.getProperty("native.encoding", ""))) {
      charset = StandardCharsets.UTF_8;
      System.setOut(utf8(FileDescriptor.out));
      System.setErr(utf8(FileDescriptor.err));
    }
    System.exit(execute(args, System.out, System.err, charset));
  }

  private static PrintStream utf8(FileDescriptor fd) {
    return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
  }

  /** Runs one command line and returns its exit status (for tests: no System.exit). */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    return execute(args, out, err, Charset.defaultCharset());
  }

  /** As {@link #execute(String[], PrintStream, PrintStream)}, writing text as {@code charset}. */
  private static int execute(String[] args, PrintStream out, PrintStream err, Charset charset) {
    RunCommand.Runner runner = new PhoneRunner(out, err);
    CommandLine cli = new CommandLine(new RootCommand(runner), new Factory(runner));
    Clock clock = Clock.systemDefaultZone();
    cli.addSubcommand(
        "block", new CommandLine(new ListCommand(ListKind.BLOCK, clock)).setCommandName("block"));
    cli.getSubcommands()
        .get("block")
        .getCommandSpec()
        .usageMessage()
        .description(
            "Manage the block list: numbers, prefixes (+49211555*) and countries (+1*) that are turned away.");
    cli.addSubcommand(
        "allow", new CommandLine(new ListCommand(ListKind.ALLOW, clock)).setCommandName("allow"));
    cli.getSubcommands()
        .get("allow")
        .getCommandSpec()
        .usageMessage()
        .description(
            "Manage the allow list: numbers and prefixes that always ring (optionally --for 48h).");
    LangOption.localizeHelp(cli, args);
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, charset), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, charset), true));
    return cli.execute(args);
  }

  /** Creates commands with their collaborators; everything else picocli makes itself. */
  private record Factory(RunCommand.Runner runner) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == RunCommand.class) {
        return cls.cast(new RunCommand(runner));
      }
      if (cls == DialCommand.class) {
        return cls.cast(new DialCommand(runner));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
