package dev.vorzimmer.app;

import dev.vorzimmer.app.cli.CommandTree;
import dev.vorzimmer.app.cli.LangOption;
import dev.vorzimmer.app.cli.RunCommand;
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
    CommandLine cli = CommandTree.forArgs(args, runner, Clock.systemDefaultZone());
    LangOption.localizeHelp(cli, args);
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, charset), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, charset), true));
    return cli.execute(args);
  }
}
