package dev.vorzimmer.media;

import dev.vorzimmer.media.AnsweringMachineListener.FinishReason;
import dev.vorzimmer.media.AnsweringMachineListener.Finished;
import dev.vorzimmer.media.internal.rtp.AudioPlacer;
import dev.vorzimmer.media.internal.rtp.Recorder;
import dev.vorzimmer.media.internal.rtp.RecordingBudget;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recording an {@link AnsweringMachine} makes after the beep: caller audio placed by RTP
 * timestamp into the WAV, within the length limit and the wall clock, and whether the message has
 * reached its maximum length or gone silent. Used on the answering machine's lock only.
 */
final class MessageTake {

  private static final Logger LOG = LoggerFactory.getLogger(MessageTake.class);

  /** Reordering tolerated before a hole becomes silence; a recording can afford 200 ms and more. */
  private static final int JITTER_PACKETS = 10;

  private static final int MAX_GAP_SAMPLES = 10 * CrashSafeWavWriter.SAMPLE_RATE;

  /**
   * How far a recording may run ahead of the wall clock (bursts, clock drift); see {@link
   * RecordingBudget}.
   */
  private static final int AHEAD_OF_CLOCK_SAMPLES = 2 * CrashSafeWavWriter.SAMPLE_RATE;

  private final Recorder recorder;
  private final AnsweringMachineSettings settings;
  private final int ptimeMillis;
  private final AudioPlacer placer;
  private final RecordingBudget budget;
  private long recordingTicks;
  private long lastVoiceTick;

  MessageTake(Recorder recorder, RtpEndpoint endpoint, AnsweringMachineSettings settings) {
    this.recorder = recorder;
    this.settings = settings;
    this.ptimeMillis = endpoint.ptimeMillis();
    int spp = endpoint.samplesPerPacket();
    this.placer = new AudioPlacer(this::recorded, JITTER_PACKETS * spp, MAX_GAP_SAMPLES);
    this.budget =
        new RecordingBudget(
            settings.maxLength().toMillis() * CrashSafeWavWriter.SAMPLE_RATE / 1000,
            spp,
            AHEAD_OF_CLOCK_SAMPLES);
  }

  /** Creates the file: the recording starts. */
  void open() {
    recorder.open();
  }

  /** Caller audio that arrived: {@code pcm} from {@code ssrc} at RTP {@code timestamp}. */
  void offer(int ssrc, long timestamp, short[] pcm) {
    placer.offer(ssrc, timestamp, pcm);
  }

  /** One packet interval of recording went by: why the message ends now, or null if it goes on. */
  FinishReason tick() {
    recordingTicks++;
    if (recordingTicks * ptimeMillis >= settings.maxLength().toMillis() || budget.full()) {
      return FinishReason.MAX_LENGTH;
    }
    if ((recordingTicks - lastVoiceTick) * ptimeMillis >= settings.silenceTimeout().toMillis()) {
      return FinishReason.SILENCE;
    }
    return null;
  }

  /**
   * Writes what is still held back and finishes the file; {@code done} gets the result (on the I/O
   * executor).
   */
  void finish(FinishReason reason, Object where, Consumer<Finished> done) {
    placer.flush();
    if (budget.discarded() > 0) {
      LOG.warn(
          "answering machine on {}: {} samples beyond the wall clock or the length limit discarded "
              + "(RTP timestamps jumping ahead)",
          where,
          budget.discarded());
    }
    Duration recorded = Duration.ofMillis(budget.written() * 1000 / CrashSafeWavWriter.SAMPLE_RATE);
    recorder.finish(file -> done.accept(new Finished(reason, recorded, file)));
  }

  private void recorded(short[] samples, int offset, int count) {
    int take = budget.take(recordingTicks, count);
    if (take == 0) {
      return;
    }
    recorder.write(samples, offset, take);
    long energy = 0;
    for (int i = offset; i < offset + take; i++) {
      energy += (long) samples[i] * samples[i];
    }
    if (Math.sqrt((double) energy / take) >= settings.silenceThreshold()) {
      lastVoiceTick = recordingTicks;
    }
  }
}
