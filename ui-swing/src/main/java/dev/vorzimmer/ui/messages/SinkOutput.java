package dev.vorzimmer.ui.messages;

import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.PacedSink;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The speaker the user chose (an {@link AudioSink} from {@code app.view.Sound}) as a {@link
 * PcmOutput}: writes are paced in real time with a tenth of a second queued, so pause and seek are
 * heard at once.
 */
final class SinkOutput implements PcmOutput {
  private static final Duration LEAD = Duration.ofMillis(100);
  private final Supplier<AudioSink> open;
  private volatile PacedSink paced;

  /**
   * @param open opens the chosen speaker (called on the player's thread; may block briefly)
   */
  SinkOutput(Supplier<AudioSink> open) {
    this.open = open;
  }

  @Override
  public void open() throws IOException {
    AudioSink sink = open.get();
    Optional<DeviceProblem> problem = sink.problem();
    if (problem.isPresent()) {
      sink.close();
      throw new IOException(
          sink.name() + ": " + problem.get().kind() + " (" + problem.get().detail() + ")");
    }
    paced = new PacedSink(sink, LEAD);
  }

  @Override
  public void write(short[] samples, int count) {
    PacedSink p = paced;
    if (p == null) {
      return;
    }
    try {
      p.write(samples, 0, count);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while playing", e);
    }
  }

  @Override
  public void drain() {
    PacedSink p = paced;
    if (p == null) {
      return;
    }
    try {
      p.drain();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while playing", e);
    }
  }

  @Override
  public void close() {
    PacedSink p = paced;
    paced = null;
    if (p != null) {
      p.close();
    }
  }
}
