package dev.vorzimmer.app.cli;

import dev.vorzimmer.screening.store.DoNotDisturb;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vorzimmer dnd on|off|until 14:00}: do not disturb. Stored in the shared database, so a
 * running phone applies it to its next call; without arguments it says whether it is on. Answers in
 * the terminal's language (English or German).
 */
@Command(
    name = "dnd",
    mixinStandardHelpOptions = true,
    description = {
      "Do not disturb: everyone but favourites goes to the answering machine.",
      "  dnd on | dnd off | dnd until 14:00 | dnd (shows the state)"
    })
public final class DndCommand implements Callable<Integer> {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");
  private final Clock clock;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "${bundle:label.dndState:-on|off|until TIME}")
  List<String> args = List.of();

  public DndCommand() {
    this(Clock.systemDefaultZone());
  }

  DndCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    CliWords t = LangOption.words(spec);
    Optional<DoNotDisturb.State> wanted;
    try {
      wanted = wanted(t);
    } catch (IllegalArgumentException e) {
      return StoreCommand.usage(spec, e.getMessage());
    }
    return StoreCommand.run(
        spec,
        (m, out) -> {
          DoNotDisturb dnd = m.store().doNotDisturb();
          wanted.ifPresent(dnd::set);
          print(dnd.read(), t, out);
          return 0;
        });
  }

  /** The state the arguments ask for; empty to only show it. */
  private Optional<DoNotDisturb.State> wanted(CliWords t) {
    String verb = args.isEmpty() ? "" : args.get(0).toLowerCase(Locale.ROOT);
    return switch (verb) {
      case "" -> Optional.empty();
      case "on" -> Optional.of(new DoNotDisturb.On(Optional.empty()));
      case "off" -> Optional.of(new DoNotDisturb.Off());
      case "until" -> Optional.of(new DoNotDisturb.On(Optional.of(until(args, t))));
      default -> throw new IllegalArgumentException(t.get("dnd.usage"));
    };
  }

  private Instant until(List<String> args, CliWords t) {
    if (args.size() < 2) {
      throw new IllegalArgumentException(t.get("dnd.usage"));
    }
    return nextAt(args.get(1), ZonedDateTime.now(clock), t);
  }

  /** The next time the clock shows {@code hhmm} (today, or tomorrow if that has passed). */
  static Instant nextAt(String hhmm, ZonedDateTime now, CliWords t) {
    LocalTime time;
    try {
      time = LocalTime.parse(hhmm.strip().replace('.', ':'), HH_MM);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(t.get("dnd.badTime", hhmm));
    }
    ZonedDateTime at = now.with(time).withSecond(0).withNano(0);
    return (at.isAfter(now) ? at : at.plusDays(1)).toInstant();
  }

  private void print(DoNotDisturb.State state, CliWords t, PrintWriter out) {
    if (state instanceof DoNotDisturb.On on && on.activeAt(clock.instant())) {
      out.println(
          on.until()
              .map(u -> t.get("dnd.onUntil", HH_MM.format(u.atZone(clock.getZone()))))
              .orElse(t.get("dnd.on")));
    } else {
      out.println(t.get("dnd.off"));
    }
  }
}
