package dev.vorzimmer.app.view;

import dev.vorzimmer.app.PhoneLines;
import java.util.List;
import java.util.Optional;

/**
 * The user's lines as the views use them ({@link Line}); starting, stopping and rewiring them is
 * not here.
 */
public interface Lines {
  /** Every line, in the order of the configuration. */
  List<Line> all();

  /** Whether there is more than one line (the views then name the line). */
  boolean several();

  /** The line calls go out on unless the user picks another. */
  Line defaultLine();

  /** The line named {@code name}, if the configuration has it. */
  Optional<Line> line(String name);

  /** The line named {@code name}, else the default line. */
  Line lineOr(String name);

  /** The line that has the call {@code callId}; the default line when none knows it. */
  Line lineOf(String callId);

  /** Registers every line anew; throws the first line's failure after all were tried. */
  void reRegister();

  /** {@code lines} seen through this interface. */
  static Lines of(PhoneLines lines) {
    return new Lines() {
      @Override
      public List<Line> all() {
        return lines.all().stream().map(Line::of).toList();
      }

      @Override
      public boolean several() {
        return lines.several();
      }

      @Override
      public Line defaultLine() {
        return Line.of(lines.defaultLine());
      }

      @Override
      public Optional<Line> line(String name) {
        return lines.line(name).map(Line::of);
      }

      @Override
      public Line lineOr(String name) {
        return Line.of(lines.lineOr(name));
      }

      @Override
      public Line lineOf(String callId) {
        return Line.of(lines.lineOf(callId));
      }

      @Override
      public void reRegister() {
        lines.reRegister();
      }
    };
  }
}
