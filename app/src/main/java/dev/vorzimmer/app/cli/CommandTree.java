package dev.vorzimmer.app.cli;

import dev.vorzimmer.screening.ListKind;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code vorzimmer} command line: the root command and its subcommands.
 *
 * <p>picocli reads every annotation of a command's classes when it builds the command's model,
 * about 0.3 s for the whole tree on a fresh JVM, the largest part of the time from process start to
 * a running phone (docs/BENCHMARKS.md). So a command line that names a subcommand gets the root
 * with that subcommand only, and one without gets the root alone; the whole tree is built when that
 * does not parse (a mistyped command gets picocli's own error and suggestions) or when the root's
 * help is asked for (it lists every command). Both parse a valid command line the same way: the
 * root's options are the same, and a subcommand's model is the same wherever it hangs.
 */
public final class CommandTree {
  private final RunCommand.Runner runner;
  private final CommandLine.IFactory factory;
  private final Map<String, Supplier<CommandLine>> subcommands = new LinkedHashMap<>();

  private CommandTree(RunCommand.Runner runner, Clock clock) {
    this.runner = runner;
    this.factory = new Factory(runner);
    add("run", RunCommand.class);
    add("call", CallCommand.class);
    add("dial", DialCommand.class);
    add("check", CheckCommand.class);
    add("contacts", ContactsCommand.class);
    add("calls", CallsCommand.class);
    add("messages", MessagesCommand.class);
    add("install", InstallCommand.class);
    add("uninstall", UninstallCommand.class);
    add("dnd", DndCommand.class);
    subcommands.put(
        "block",
        () ->
            list(
                "block",
                ListKind.BLOCK,
                clock,
                "Manage the block list: numbers, prefixes (+49211555*) and countries (+1*) that"
                    + " are turned away."));
    subcommands.put(
        "allow",
        () ->
            list(
                "allow",
                ListKind.ALLOW,
                clock,
                "Manage the allow list: numbers and prefixes that always ring (optionally --for"
                    + " 48h)."));
  }

  /** The command line for {@code args}: as much of the tree as they need (see above). */
  public static CommandLine forArgs(String[] args, RunCommand.Runner runner, Clock clock) {
    CommandTree tree = new CommandTree(runner, clock);
    String named = tree.firstSubcommandIn(args);
    CommandLine narrow = tree.root(named == null ? List.of() : List.of(named));
    try {
      ParseResult parsed = narrow.parseArgs(args);
      if (!parsed.isUsageHelpRequested()) {
        return narrow;
      }
    } catch (ParameterException e) {
      // a mistyped command line, or a subcommand's name used as an option's value
    }
    return tree.root(List.copyOf(tree.subcommands.keySet()));
  }

  private String firstSubcommandIn(String[] args) {
    for (String arg : args) {
      if (subcommands.containsKey(arg)) {
        return arg;
      }
    }
    return null;
  }

  private CommandLine root(List<String> names) {
    CommandLine root = new CommandLine(new RootCommand(runner), factory);
    for (String name : names) {
      root.addSubcommand(name, subcommands.get(name).get());
    }
    return root;
  }

  private void add(String name, Class<?> command) {
    subcommands.put(name, () -> new CommandLine(command, factory));
  }

  private static CommandLine list(String name, ListKind kind, Clock clock, String description) {
    CommandLine list = new CommandLine(new ListCommand(kind, clock)).setCommandName(name);
    list.getCommandSpec().usageMessage().description(description);
    return list;
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
