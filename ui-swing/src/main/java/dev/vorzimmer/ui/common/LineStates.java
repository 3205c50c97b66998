package dev.vorzimmer.ui.common;

import dev.vorzimmer.app.view.Line;
import dev.vorzimmer.app.view.Lines;
import dev.vorzimmer.sip.RegistrationEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest registration state of each of the phone's lines, for the status bar and the tray. With
 * one line only its latest state is kept and shown unnamed; with several, each line's state is kept
 * under its name (by address of record), in the order of the configuration. No Swing, so it is
 * unit-testable; EDT only.
 */
public final class LineStates {
  /** Each line's name by its address of record; empty with one line. */
  private final Map<String, String> names;

  private final Map<String, RegistrationEvent> latest = new LinkedHashMap<>();

  /**
   * @param names with several lines, each line's name by address of record, in the order to show
   *     them; empty for one line
   * @param current the states known now (with several lines, one per line)
   */
  public LineStates(Map<String, String> names, List<RegistrationEvent> current) {
    this.names = Map.copyOf(names);
    names.keySet().forEach(aor -> latest.put(aor, null));
    current.forEach(this::update);
  }

  /** The states of {@code lines} as they are now. */
  public static LineStates of(Lines lines) {
    Map<String, String> names = new LinkedHashMap<>();
    List<RegistrationEvent> current = new ArrayList<>();
    if (lines.several()) {
      for (Line l : lines.all()) {
        RegistrationEvent now = l.registration();
        names.put(now.aor(), l.name());
        current.add(now);
      }
    } else {
      current.add(lines.defaultLine().registration());
    }
    return new LineStates(names, current);
  }

  /** Notes a line's new state (with one line, it replaces the last). */
  public void update(RegistrationEvent e) {
    if (names.isEmpty()) {
      latest.clear();
    }
    latest.put(e.aor(), e);
  }

  /** Each line's latest state, in order (lines that have not reported yet are left out). */
  public List<RegistrationEvent> states() {
    return latest.values().stream().filter(e -> e != null).toList();
  }

  /** True when any line is in a state the user should act on or wait out. */
  public boolean anyProblem() {
    return states().stream().anyMatch(StatusText::isProblem);
  }

  /** Each line's state in words, "Office: Registered as …" with several lines. */
  public List<String> describe(Texts t) {
    return states().stream().map(e -> named(e, t)).toList();
  }

  /** Every line's state in one row, separated by a middle dot. */
  public String oneLine(Texts t) {
    return String.join("  ·  ", describe(t));
  }

  private String named(RegistrationEvent e, Texts t) {
    String name = names.get(e.aor());
    String state = StatusText.of(e, t);
    return name == null ? state : name + ": " + state;
  }
}
