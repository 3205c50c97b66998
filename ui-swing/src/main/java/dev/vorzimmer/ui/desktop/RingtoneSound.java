package dev.vorzimmer.ui.desktop;

/**
 * The ringtone, synthesised instead of shipped as a file: a soft two-note chime (G5 then E5, each
 * with a quick attack and a bell-like decay, a little second harmonic for warmth) followed by a
 * pause; one cycle lasts {@link #CYCLE_MILLIS} and is played in a loop. 8 kHz, the rate of every
 * speaker ({@code media.AudioSink}); both notes and their harmonics lie well below 4 kHz.
 */
final class RingtoneSound {
  static final float SAMPLE_RATE = 8_000f;
  static final double HIGH_HZ = 783.99;
  static final double LOW_HZ = 659.25;
  static final int NOTE_MILLIS = 420;
  static final int SECOND_NOTE_AT_MILLIS = 470;
  static final int CYCLE_MILLIS = 3000;

  /** Peak level as a fraction of full scale: loud enough to hear, far from clipping. */
  static final double LEVEL = 0.45;

  private RingtoneSound() {}

  /** One cycle as 16-bit mono samples at {@link #SAMPLE_RATE}. */
  static short[] cycle() {
    int samples = samples(CYCLE_MILLIS);
    double[] mix = new double[samples];
    addNote(mix, 0, HIGH_HZ);
    addNote(mix, samples(SECOND_NOTE_AT_MILLIS), LOW_HZ);
    short[] pcm = new short[samples];
    for (int i = 0; i < samples; i++) {
      pcm[i] = (short) Math.round(Math.max(-1, Math.min(1, mix[i])) * Short.MAX_VALUE);
    }
    return pcm;
  }

  static int samples(int millis) {
    return Math.round(SAMPLE_RATE * millis / 1000f);
  }

  private static void addNote(double[] mix, int start, double hz) {
    int length = samples(NOTE_MILLIS);
    int attack = samples(8);
    for (int i = 0; i < length && start + i < mix.length; i++) {
      double t = i / (double) SAMPLE_RATE;
      double envelope = i < attack ? i / (double) attack : Math.exp(-6.0 * (i - attack) / length);
      double fadeOut = Math.min(1, (length - i) / (double) samples(20));
      double tone = Math.sin(2 * Math.PI * hz * t) + 0.25 * Math.sin(2 * Math.PI * 2 * hz * t);
      mix[start + i] += LEVEL / 1.25 * envelope * fadeOut * tone;
    }
  }
}
