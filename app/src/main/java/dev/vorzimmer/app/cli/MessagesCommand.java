package dev.vorzimmer.app.cli;

import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.screening.store.MessageEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vorzimmer messages [--json] | play ID | export ID FILE | delete ID}: the answering
 * machine's messages.
 */
@Command(
    name = "messages",
    mixinStandardHelpOptions = true,
    description = "List, play, export or delete voicemail messages.")
public final class MessagesCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          List<MessageEntry> all = m.store().messages().list();
          ReasonTexts texts = LangOption.texts(spec);
          if (json) {
            out.println(Json.write(all.stream().map(e -> toMap(e, texts)).toList()));
          } else if (all.isEmpty()) {
            out.println(LangOption.words(spec).get("messages.none"));
          } else {
            for (MessageEntry e : all) {
              out.printf(
                  "%4d %s %s  %-18s %5.1f s  %-9s %-22s %s%n",
                  e.id(),
                  e.heard() || e.probablyRobot() ? " " : "*",
                  TIME.format(e.time()),
                  e.caller().isEmpty() ? texts.number(e.callerDisplay()) : e.caller(),
                  e.duration().toMillis() / 1000.0,
                  e.state(),
                  triageText(e),
                  texts.main(e.reasons()));
            }
          }
          return 0;
        });
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Copy a message's WAV to FILE.")
  int export(
      @Parameters(index = "0", paramLabel = "ID") long id,
      @Parameters(index = "1", paramLabel = "${bundle:label.file:-FILE}") Path target) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          Optional<MessageEntry> e = m.store().messages().find(id);
          if (e.isEmpty()) {
            return StoreCommand.usage(
                spec, "there is no message " + id + " (see 'vorzimmer messages')");
          }
          if (!Files.exists(e.get().file())) {
            return StoreCommand.usage(
                spec, "message " + id + " has no audio file (" + e.get().state() + ")");
          }
          Files.copy(e.get().file(), target, StandardCopyOption.REPLACE_EXISTING);
          out.println("exported message " + id + " to " + target);
          return 0;
        });
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = "Delete a message and its audio.")
  int delete(@Parameters(paramLabel = "ID") long id) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          Optional<MessageEntry> e = m.store().messages().find(id);
          if (e.isEmpty() || !m.store().messages().delete(id)) {
            return StoreCommand.usage(spec, "there is no message " + id);
          }
          Files.deleteIfExists(e.get().file());
          out.println("deleted message " + id);
          return 0;
        });
  }

  @Command(
      name = "play",
      mixinStandardHelpOptions = true,
      description = "Play a message on the speaker chosen in Settings and mark it heard.")
  int play(@Parameters(paramLabel = "ID") long id) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          Optional<MessageEntry> e = m.store().messages().find(id);
          if (e.isEmpty() || !Files.exists(e.get().file())) {
            return StoreCommand.usage(spec, "there is no playable message " + id);
          }
          Optional<DeviceProblem> problem;
          try {
            problem = MessagePlayback.play(HomeOption.home(spec).dataDir(), e.get().file());
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 1;
          }
          if (problem.isPresent()) {
            return StoreCommand.usage(
                spec,
                "no sound device to play on ("
                    + problem.get().detail()
                    + "); use 'vorzimmer messages export "
                    + id
                    + " FILE' and play the WAV elsewhere");
          }
          m.store().messages().markHeard(id, true);
          out.println("played message " + id);
          return 0;
        });
  }

  /** "speech 12.4 s", "silent (probably a robot)", "unknown". */
  static String triageText(MessageEntry e) {
    String speech =
        e.speechSeconds()
            .filter(s -> s > 0)
            .map(s -> String.format(Locale.ROOT, " %.1f s", s))
            .orElse("");
    return e.triageLabel() + speech + (e.probablyRobot() ? " (robot?)" : "");
  }

  private static Map<String, Object> toMap(MessageEntry e, ReasonTexts texts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("time", e.time().toString());
    m.put("caller", e.caller());
    m.put("callerDisplay", e.callerDisplay());
    m.put("reasons", LangOption.json(e.reasons(), texts));
    m.put("durationSeconds", e.duration().toMillis() / 1000.0);
    m.put("heard", e.heard());
    m.put("state", e.state());
    m.put("file", e.file().toString());
    m.put("class", e.triageLabel());
    m.put("speechSeconds", e.speechSeconds().orElse(null));
    m.put("probablyRobot", e.probablyRobot());
    return m;
  }
}
