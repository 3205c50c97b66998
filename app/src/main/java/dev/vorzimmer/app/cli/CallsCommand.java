package dev.vorzimmer.app.cli;

import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.screening.store.CallLogEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vorzimmer calls}: the call log, newest first, with each decision's reasons and outcome.
 */
@Command(
    name = "calls",
    mixinStandardHelpOptions = true,
    description = "Show the call log: who called, what was decided and why.")
public final class CallsCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most N calls (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          List<CallLogEntry> calls = m.store().callLog().recentCalls(limit);
          ReasonTexts texts = LangOption.texts(spec);
          CliWords words = LangOption.words(spec);
          if (json) {
            out.println(Json.write(calls.stream().map(c -> toMap(c, texts)).toList()));
          } else if (calls.isEmpty()) {
            out.println(words.get("calls.none"));
          } else {
            for (CallLogEntry c : calls) {
              out.printf(
                  "%s  %-10s %-10s %-18s %s%n",
                  TIME.format(c.time()),
                  words.code("verdict.", c.verdict()),
                  words.code("outcome.", c.outcome()),
                  c.e164()
                      .orElse(
                          c.rawNumber().isEmpty()
                              ? words.get("calls.noNumber")
                              : texts.number(c.rawNumber())),
                  (c.line().isEmpty() ? "" : words.get("calls.line", c.line()) + " ")
                      + c.markReason().map(r -> "[" + texts.render(r) + "] ").orElse("")
                      + texts.main(c.reasons()));
            }
          }
          return 0;
        });
  }

  static Map<String, Object> toMap(CallLogEntry c, ReasonTexts texts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("time", c.time().toString());
    m.put("number", c.rawNumber());
    m.put("e164", c.e164().orElse(null));
    m.put("displayName", c.displayName());
    m.put("verdict", c.verdict());
    m.put("reasons", LangOption.json(c.reasons(), texts));
    m.put("outcome", c.outcome());
    m.put("line", c.line());
    m.put("messageId", c.messageId().orElse(null));
    m.put("encrypted", c.mediaEncryption().isEmpty() ? null : c.mediaEncryption());
    m.put("mark", c.markReason().map(r -> LangOption.json(r, texts)).orElse(null));
    m.put("encryption", encryption(c));
    return m;
  }

  /**
   * {@code {"signalling": "tls"|"plain"|"unknown", "media": "srtp"|"plain"}}: "unknown" for calls
   * logged before the signalling was recorded.
   */
  static Map<String, Object> encryption(CallLogEntry c) {
    Map<String, Object> m = new LinkedHashMap<>();
    String signalling = c.signallingEncryption();
    m.put("signalling", signalling.isEmpty() ? "unknown" : signalling);
    m.put("media", c.mediaEncryption().isEmpty() ? "plain" : c.mediaEncryption());
    return m;
  }
}
