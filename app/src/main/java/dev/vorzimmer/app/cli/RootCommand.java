package dev.vorzimmer.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code vorzimmer}: without a subcommand it runs the phone (window if there is a display). Its
 * subcommands are added by {@link CommandTree}.
 */
@Command(
    name = "vorzimmer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"A desktop SIP phone that screens calls before they ring.", ""},
    footer = {
      "",
      "Without a command, 'vorzimmer' runs the phone: a window when a display exists, headless otherwise."
    })
public final class RootCommand implements Callable<Integer> {
  @Mixin HomeOption options;
  @Mixin LangOption lang;
  @Spec CommandSpec spec;

  private final RunCommand.Runner runner;

  public RootCommand(RunCommand.Runner runner) {
    this.runner = runner;
  }

  @Override
  public Integer call() {
    return runner.run(HomeOption.home(spec), false, HomeOption.verbose(spec), Optional.empty());
  }
}
