package dev.vorzimmer.ui.settings;

import dev.vorzimmer.media.AudioSource;
import dev.vorzimmer.media.DeviceProblem;
import java.util.Optional;

/** A test microphone that reads from another one and says when it is closed. */
public final class WatchedSource implements AudioSource {
  private final AudioSource in;
  private final Runnable onClose;

  public WatchedSource(AudioSource in, Runnable onClose) {
    this.in = in;
    this.onClose = onClose;
  }

  @Override
  public String name() {
    return in.name();
  }

  @Override
  public Optional<DeviceProblem> problem() {
    return in.problem();
  }

  @Override
  public int read(short[] frame) {
    return in.read(frame);
  }

  @Override
  public void close() {
    in.close();
    onClose.run();
  }
}
