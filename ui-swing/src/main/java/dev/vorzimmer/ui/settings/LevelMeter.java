package dev.vorzimmer.ui.settings;

import dev.vorzimmer.ui.common.UiProbe;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;

/**
 * Shows the microphone's level in a progress bar: takes every frame on the audio thread and updates
 * the bar on the EDT for every second one (25 Hz at 20 ms frames).
 */
final class LevelMeter implements MicReader.Listener {
  private final JProgressBar bar;
  private final UiProbe probe;
  private volatile boolean on;
  private int frames; // audio thread only

  LevelMeter(JProgressBar bar, UiProbe probe) {
    this.bar = bar;
    this.probe = probe;
  }

  /** A level bar 0..100 named {@code name}; EDT only. */
  static JProgressBar bar(String name) {
    JProgressBar bar = new JProgressBar(0, 100);
    bar.setName(name);
    return bar;
  }

  @Override
  public void frame(short[] samples, int level) {
    if (on && frames++ % 2 == 0) {
      SwingUtilities.invokeLater(
          () -> {
            if (on) {
              bar.setValue(level);
              probe.changed();
            }
          });
    }
  }

  /** Shows the levels of the frames from now on. */
  void start() {
    on = true;
  }

  /** Shows no level (the meter stopped), also for frames still on their way; EDT only. */
  void reset() {
    on = false;
    bar.setValue(0);
  }
}
