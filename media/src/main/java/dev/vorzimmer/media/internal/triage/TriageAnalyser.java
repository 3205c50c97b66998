package dev.vorzimmer.media.internal.triage;

import dev.vorzimmer.media.Triage;
import dev.vorzimmer.media.Triage.Kind;
import dev.vorzimmer.media.Triage.Signal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Streams 8 kHz samples through {@link FrameFeatures} (32 ms frames every 16 ms), keeps a few bytes
 * per frame, and classifies the whole recording in {@link #finish()}.
 *
 * <p>A frame is <i>active</i> when it is 5 dB above the recording's noise floor (its 10th level
 * percentile) and above -55 dBov, or louder than -30 dBov in any case (so that continuous sound
 * without pauses is not mistaken for the floor). An active frame is a <i>signal</i> frame when one
 * telephone signal holds most of its energy, and <i>speech-like</i> when its spectrum changed
 * markedly against the frame 32 ms earlier; speech counts where at least 3 of 5 neighbouring frames
 * are speech-like. Steady tones and held musical notes barely change; speech never holds still that
 * long.
 */
public final class TriageAnalyser {

  static final int HOP = FrameFeatures.SIZE / 2;
  private static final double SECONDS_PER_HOP = HOP / FrameFeatures.RATE;
  private static final double FLOOR_PERCENTILE = 0.10;
  private static final double ACTIVE_ABOVE_FLOOR_DB = 5;
  private static final double MIN_ACTIVE_DB = -55;
  private static final double ALWAYS_ACTIVE_DB = -30;

  /** 1 - cosine similarity of magnitude spectra 32 ms apart above which a frame is speech-like. */
  static final double CHANGE_THRESHOLD = 0.1;

  private static final double MIN_SPEECH_SECONDS = 0.2;
  private static final double MIN_SIGNAL_SECONDS = 0.2;
  private static final double MIN_SOUND_SECONDS = 1.0;

  /** Steady sound this many times longer than the speech makes a speech-poor message music. */
  private static final double MUSIC_OVER_SPEECH = 3;

  private final FrameFeatures features = new FrameFeatures();
  private final short[] frame = new short[FrameFeatures.SIZE];
  private final double[][] spectra =
      new double[3][FrameFeatures.LAST_BIN - FrameFeatures.FIRST_BIN + 1];
  private int filled;
  private int frames;
  private float[] level = new float[1024];
  private float[] change = new float[1024];
  private byte[] signal = new byte[1024];

  /** Adds the first {@code count} samples of {@code samples}. */
  public void accept(short[] samples, int count) {
    int i = 0;
    while (i < count) {
      int n = Math.min(count - i, FrameFeatures.SIZE - filled);
      System.arraycopy(samples, i, frame, filled, n);
      filled += n;
      i += n;
      if (filled == FrameFeatures.SIZE) {
        analyseFrame();
        System.arraycopy(frame, HOP, frame, 0, FrameFeatures.SIZE - HOP);
        filled = FrameFeatures.SIZE - HOP;
      }
    }
  }

  private void analyseFrame() {
    if (frames == level.length) {
      level = Arrays.copyOf(level, frames * 2);
      change = Arrays.copyOf(change, frames * 2);
      signal = Arrays.copyOf(signal, frames * 2);
    }
    double[] now = spectra[frames % 3];
    double db = FrameFeatures.levelDb(frame);
    Signal s = null;
    if (db > MIN_ACTIVE_DB) {
      s = features.analyse(frame, now);
    } else {
      Arrays.fill(now, 0);
    }
    level[frames] = (float) db;
    signal[frames] = (byte) (s == null ? -1 : s.ordinal());
    change[frames] = frames < 2 ? 0f : (float) (1 - cosine(now, spectra[(frames - 2) % 3]));
    frames++;
  }

  private static double cosine(double[] a, double[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return aa <= 0 || bb <= 0 ? 1 : ab / Math.sqrt(aa * bb);
  }

  /** Classifies everything accepted so far. */
  public Triage finish() {
    double threshold =
        Math.max(Math.min(floorDb() + ACTIVE_ABOVE_FLOOR_DB, ALWAYS_ACTIVE_DB), MIN_ACTIVE_DB);
    boolean[] speechLike = new boolean[frames];
    Set<Signal> heard = EnumSet.noneOf(Signal.class);
    int signalFrames = 0;
    int soundFrames = 0;
    for (int t = 0; t < frames; t++) {
      if (level[t] <= threshold) {
        continue;
      }
      if (signal[t] >= 0) {
        heard.add(Signal.values()[signal[t]]);
        signalFrames++;
      } else if (change[t] > CHANGE_THRESHOLD) {
        speechLike[t] = true;
      } else {
        soundFrames++;
      }
    }
    double speech = smoothedCount(speechLike) * SECONDS_PER_HOP;
    return new Triage(
        kind(speech, signalFrames * SECONDS_PER_HOP, soundFrames * SECONDS_PER_HOP), speech, heard);
  }

  private static Kind kind(double speech, double signals, double sound) {
    if (speech >= Triage.SHORT_SPEECH_SECONDS) {
      return Kind.SPEECH;
    }
    if (signals >= MIN_SIGNAL_SECONDS && signals >= speech) {
      return Kind.TONES;
    }
    if (sound >= MIN_SOUND_SECONDS && sound >= MUSIC_OVER_SPEECH * speech) {
      return Kind.MUSIC;
    }
    return speech >= MIN_SPEECH_SECONDS ? Kind.SHORT : Kind.SILENT;
  }

  /** Frames with at least 3 speech-like frames among themselves and their 4 nearest neighbours. */
  private static int smoothedCount(boolean[] speechLike) {
    int count = 0;
    for (int t = 0; t < speechLike.length; t++) {
      int votes = 0;
      for (int k = Math.max(0, t - 2); k <= Math.min(speechLike.length - 1, t + 2); k++) {
        votes += speechLike[k] ? 1 : 0;
      }
      count += votes >= 3 ? 1 : 0;
    }
    return count;
  }

  private double floorDb() {
    if (frames == 0) {
      return MIN_ACTIVE_DB;
    }
    float[] sorted = Arrays.copyOf(level, frames);
    Arrays.sort(sorted);
    return sorted[(int) (frames * FLOOR_PERCENTILE)];
  }
}
