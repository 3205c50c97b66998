package dev.vorzimmer.app;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.LineSettings;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.IncomingCallPolicy;
import dev.vorzimmer.sip.SipAgent;
import dev.vorzimmer.sip.SipAgentListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * The phone's lines: one {@link SipAgent} per {@code [[account]]} (own port, own registration, own
 * SIP event thread), all over the same screening policy, store and media. A line that fails (wrong
 * password, unreachable registrar, port taken) only affects itself.
 */
public final class PhoneLines {
  private final List<PhoneLine> lines;

  private PhoneLines(List<PhoneLine> lines) {
    this.lines = List.copyOf(lines);
  }

  /**
   * One agent per line (or one local-line agent without an account), each asking the same policy
   * through {@link ScreeningPolicy#forLine}; the call log names the line only when there are
   * several.
   */
  static PhoneLines of(
      AppConfig config, CallSettings calls, ScreeningPolicy policy, CallMedia media, Clock clock) {
    if (config.lines().isEmpty()) {
      return new PhoneLines(
          List.of(
              new PhoneLine(
                  "",
                  Optional.empty(),
                  new SipAgent(SipSettingsMapper.from(config), calls, policy, media))));
    }
    List<PhoneLine> out = new ArrayList<>();
    for (LineSettings line : config.lines()) {
      String logged = config.lines().size() > 1 ? line.name() : "";
      IncomingCallPolicy linePolicy = policy.forLine(logged, new LineRule(line, clock));
      SipAgent agent = new SipAgent(SipSettingsMapper.from(config, line), calls, linePolicy, media);
      out.add(new PhoneLine(line.name(), Optional.of(line), agent));
    }
    return new PhoneLines(out);
  }

  /** Every line, in the order of the configuration. */
  public List<PhoneLine> all() {
    return lines;
  }

  /** True with more than one line: only then do views say which line a call is on. */
  public boolean several() {
    return lines.size() > 1;
  }

  /** The line outgoing calls use unless another is chosen. */
  public PhoneLine defaultLine() {
    return lines.stream().filter(PhoneLine::isDefault).findFirst().orElse(lines.get(0));
  }

  /** The line called {@code name}, if there is one. */
  public Optional<PhoneLine> line(String name) {
    return lines.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /**
   * The line to call back on: the line that was called ({@code name} as the call log has it), else
   * the default line (a single-line phone logs no line; a line may be gone from the config).
   */
  public PhoneLine lineOr(String name) {
    return line(name).orElseGet(this::defaultLine);
  }

  /**
   * The line whose agent has the call {@code callId} (to answer or hang up on the right agent); the
   * default line when no agent knows it.
   */
  public PhoneLine lineOf(String callId) {
    if (lines.size() > 1) {
      for (PhoneLine l : lines) {
        if (l.agent().calls().stream().anyMatch(c -> c.callId().equals(callId))) {
          return l;
        }
      }
    }
    return defaultLine();
  }

  /**
   * Registers every line anew. A line that is not running (its port could not be bound) does not
   * keep the others from it; its failure is thrown after all were tried.
   */
  public void reRegister() {
    IllegalStateException first = null;
    for (PhoneLine l : lines) {
      try {
        l.agent().reRegister();
      } catch (IllegalStateException e) {
        IllegalStateException named =
            new IllegalStateException(
                (several() ? "line " + l.name() + ": " : "") + e.getMessage(), e);
        if (first == null) {
          first = named;
        } else {
          first.addSuppressed(named);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** Adds {@code listener} to every line's agent (it must be thread-safe with several lines). */
  public void addListener(SipAgentListener listener) {
    lines.forEach(l -> l.agent().addListener(listener));
  }

  /**
   * Starts every line. A line whose port cannot be bound is reported to {@code failed} and the
   * others start anyway; returns how many lines started.
   */
  public int start(BiConsumer<PhoneLine, IOException> failed) {
    int started = 0;
    for (PhoneLine l : lines) {
      try {
        l.agent().start();
        started++;
      } catch (IOException e) {
        failed.accept(l, e);
      }
    }
    return started;
  }

  /**
   * Applies the account settings of {@code config} to the running lines (ends their calls,
   * registers anew). The number of lines cannot change while the phone runs.
   */
  void reconfigure(AppConfig config) throws IOException {
    if (config.lines().size() != Math.max(1, lines.size()) && !config.lines().isEmpty()) {
      throw new IOException("the number of lines changed: restart Vorzimmer to use them");
    }
    if (config.lines().isEmpty() || lines.size() == 1) {
      lines.get(0).agent().reconfigure(SipSettingsMapper.from(config), Duration.ofSeconds(3));
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      lines
          .get(i)
          .agent()
          .reconfigure(
              SipSettingsMapper.from(config, config.lines().get(i)), Duration.ofSeconds(3));
    }
  }

  /**
   * Ends the calls of every line and unregisters them, side by side, each within {@code timeout}.
   */
  void shutdown(Duration timeout) {
    if (lines.size() == 1) {
      lines.get(0).agent().shutdown(timeout);
      return;
    }
    // side by side, so several lines take no longer than one; the threads end with this method
    ExecutorService stopping = Executors.newFixedThreadPool(lines.size());
    try {
      CompletableFuture.allOf(
              lines.stream()
                  .map(l -> CompletableFuture.runAsync(() -> l.agent().shutdown(timeout), stopping))
                  .toArray(CompletableFuture[]::new))
          .join();
    } finally {
      stopping.shutdown();
    }
  }
}
