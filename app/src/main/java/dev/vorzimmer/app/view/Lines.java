package dev.vorzimmer.app.view;

import dev.vorzimmer.app.PhoneLine;
import dev.vorzimmer.app.PhoneLines;
import java.util.List;
import java.util.Optional;

/** The user's lines as the views use them; starting, stopping and rewiring them is not here. */
public interface Lines {
  /** Every line, in the order of the configuration. */
  List<PhoneLine> all();

  /** Whether there is more than one line (the views then name the line). */
  boolean several();

  /** The line calls go out on unless the user picks another. */
  PhoneLine defaultLine();

  /** The line named {@code name}, if the configuration has it. */
  Optional<PhoneLine> line(String name);

  /** The line named {@code name}, else the default line. */
  PhoneLine lineOr(String name);

  /** The line whose agent has the call {@code callId}; the default line when none knows it. */
  PhoneLine lineOf(String callId);

  /** Registers every line anew; throws the first line's failure after all were tried. */
  void reRegister();

  /** {@code lines} seen through this interface. */
  static Lines of(PhoneLines lines) {
    return new Lines() {
      @Override
      public List<PhoneLine> all() {
        return lines.all();
      }

      @Override
      public boolean several() {
        return lines.several();
      }

      @Override
      public PhoneLine defaultLine() {
        return lines.defaultLine();
      }

      @Override
      public Optional<PhoneLine> line(String name) {
        return lines.line(name);
      }

      @Override
      public PhoneLine lineOr(String name) {
        return lines.lineOr(name);
      }

      @Override
      public PhoneLine lineOf(String callId) {
        return lines.lineOf(callId);
      }

      @Override
      public void reRegister() {
        lines.reRegister();
      }
    };
  }
}
