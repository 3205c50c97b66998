package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.CallbackRisk;
import dev.vorzimmer.app.NumberInput;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.Signals;
import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vorzimmer call NUMBER-OR-URI}: a headless outgoing call through the configured account.
 * Numbers may be dialled in national format (normalised for the provider); the call sends FILE (or
 * silence) and ends when the other side hangs up or on Ctrl-C / SIGTERM.
 */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    description = {
      "Call a number (030 1234567, +49 30 1234567) or a SIP URI, headless.",
      "Sends --play FILE (or silence) as your audio; Ctrl-C hangs up."
    })
public final class CallCommand implements Callable<Integer> {
  private static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(15);

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "${bundle:label.numberOrUri:-NUMBER-OR-URI}")
  String target;

  @Option(
      names = "--play",
      paramLabel = "${bundle:label.file:-FILE}",
      description = "WAV (or AIFF/AU) to send once the call is answered.")
  Path play;

  @Option(
      names = "--line",
      paramLabel = "NAME",
      description = "The line ([[account]] name) to call from; default: the default line.")
  String line;

  @Option(
      names = {"-y", "--yes"},
      description = "Call a premium-rate number or a ping caller without asking first.")
  boolean yes;

  /** Where the answer to "call anyway?" is read from (tests replace it). */
  java.io.BufferedReader answers =
      new java.io.BufferedReader(
          new java.io.InputStreamReader(System.in, java.nio.charset.Charset.defaultCharset()));

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AppHome h = HomeOption.home(spec);
    AppConfig config;
    Greeting audio;
    try {
      config = new ConfigLoader().load(h.configFile());
      audio = play == null ? Greeting.of(new short[0]) : Greeting.fromWav(play);
    } catch (ConfigException | IOException e) {
      return StoreCommand.usage(spec, e.getMessage());
    }
    CliLogging.toDataDir(h, HomeOption.verbose(spec));
    try {
      config = onLine(config, line);
    } catch (IllegalArgumentException e) {
      return StoreCommand.usage(spec, e.getMessage());
    }
    try {
      config = besideARunningPhone(config);
    } catch (IOException e) {
      return StoreCommand.usage(spec, "cannot find a free SIP port: " + e.getMessage());
    }
    try (Phone phone =
        Phone.assemble(h, config, Clock.systemDefaultZone(), MessageListener.NONE, audio)) {
      Optional<String> dial = dialString(phone.screening().numbers());
      if (dial.isEmpty()) {
        return StoreCommand.usage(
            spec, "'" + target + "' is neither a phone number nor a sip:/tel: URI");
      }
      Optional<String> risk =
          CallbackRisk.of(phone.screening(), dial.get())
              .map(
                  r ->
                      dev.vorzimmer.screening.ReasonTexts.of(java.util.Locale.getDefault())
                          .render(r));
      if (risk.isPresent() && !yes && !confirmed(out, risk.get())) {
        return StoreCommand.usage(
            spec, "not calling " + dial.get() + ": " + risk.get() + " (--yes calls anyway)");
      }
      Watcher watcher = new Watcher(out);
      phone.agent().addListener(watcher);
      phone.agent().start();
      RegistrationEvent reg = watcher.ready.get(REGISTER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (reg.state() == RegistrationState.AUTH_FAILED) {
        return StoreCommand.usage(
            spec, "cannot call: authentication failed (" + reg.reason() + ")");
      }
      out.println("calling " + dial.get());
      out.flush();
      String callId = phone.agent().call(dial.get());
      watcher.callId = callId;
      Signals.onTermOrInt(() -> phone.agent().hangUp(callId));
      CallEvent end = watcher.ended.get();
      return end.outcome().orElse(CallOutcome.FAILED) == CallOutcome.ANSWERED ? 0 : 1;
    } catch (TimeoutException e) {
      return StoreCommand.usage(
          spec,
          "not registered after "
              + REGISTER_TIMEOUT.toSeconds()
              + " s; check the account ("
              + h.configFile()
              + ") and the log");
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return StoreCommand.usage(spec, "cannot call: " + e.getMessage());
    } catch (ExecutionException e) {
      return StoreCommand.usage(spec, "cannot call: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  /**
   * {@code config} with only the line called {@code name} (the default line when null): a call
   * needs one agent, registered as that line.
   *
   * @throws IllegalArgumentException naming the lines there are, when none is called {@code name}
   */
  static AppConfig onLine(AppConfig config, String name) {
    if (config.lines().isEmpty()) {
      if (name != null) {
        throw new IllegalArgumentException(
            "--line " + name + ": " + config.file() + " has no [[account]] lines");
      }
      return config;
    }
    return config.lines().stream()
        .filter(l -> name == null ? l.isDefault() : l.name().equals(name))
        .findFirst()
        .map(config::withOnlyLine)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "there is no line \""
                        + name
                        + "\"; the lines are: "
                        + String.join(
                            ", ",
                            config.lines().stream()
                                .map(dev.vorzimmer.app.config.LineSettings::name)
                                .toList())));
  }

  /** Asks "call anyway?" naming the risk; only "y" or "yes" says yes (no answer is no). */
  private boolean confirmed(PrintWriter out, String risk) throws IOException {
    out.print("Careful: " + risk + ". Call anyway? [y/N] ");
    out.flush();
    String answer = answers.readLine();
    return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes|j|ja");
  }

  /**
   * The phone may be running on the configured port: then this call is a second, separate SIP agent
   * on a free port of the same address (it never touches the phone's recordings: only the holder of
   * the data folder's lock recovers them).
   */
  private static AppConfig besideARunningPhone(AppConfig config) throws IOException {
    InetAddress host = InetAddress.getByName(config.listenHost());
    try (DatagramSocket udp =
        new DatagramSocket(new InetSocketAddress(host, config.listenPort()))) {
      return config;
    } catch (BindException taken) {
      try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(host, 0))) {
        return config.withListenPort(udp.getLocalPort());
      }
    }
  }

  private Optional<String> dialString(NumberInput numbers) {
    String t = target.strip();
    if (t.regionMatches(true, 0, "sip:", 0, 4) || t.regionMatches(true, 0, "sips:", 0, 5)) {
      return Optional.of(t);
    }
    return numbers.number(t.regionMatches(true, 0, "tel:", 0, 4) ? t.substring(4) : t);
  }

  /** Prints the call's progress and completes when we are registered and when the call ends. */
  private static final class Watcher implements SipAgentListener {
    final CompletableFuture<RegistrationEvent> ready = new CompletableFuture<>();
    final CompletableFuture<CallEvent> ended = new CompletableFuture<>();
    private final PrintWriter out;
    volatile String callId;

    Watcher(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void onRegistration(RegistrationEvent e) {
      if (e.state() == RegistrationState.REGISTERED
          || e.state() == RegistrationState.LOCAL_LINE
          || e.state() == RegistrationState.AUTH_FAILED) {
        ready.complete(e);
      }
    }

    @Override
    public void onCall(CallEvent e) {
      if (e.incoming() || callId != null && !callId.equals(e.callId())) {
        return;
      }
      String state = e.state().name().toLowerCase(Locale.ROOT);
      out.println(
          e.outcome().map(o -> "ended: " + o.name().toLowerCase(Locale.ROOT)).orElse(state)
              + (e.reason().isEmpty() ? "" : " — " + e.reason())
              + (e.encrypted() ? " [SRTP]" : ""));
      out.flush();
      if (e.outcome().isPresent()) {
        ended.complete(e);
      }
    }
  }
}
