package dev.vorzimmer.media;

import java.util.Random;

/** Synthesised test audio at 8 kHz: sine tones, DTMF, and music-like melodies and chords. */
final class Synth {

  private static final int RATE = 8000;
  private static final String KEYS = "123A456B789C*0#D";
  private static final double[] LOW = {697, 770, 852, 941};
  private static final double[] HIGH = {1209, 1336, 1477, 1633};

  private Synth() {}

  /** A sine at {@code hz} for {@code ms}, peak {@code level} of full scale, 5 ms ramps. */
  static short[] tone(double hz, int ms, double level) {
    return sum(ms, level, hz);
  }

  /** DTMF digits, each {@code onMs} of its two tones then {@code offMs} of silence. */
  static short[] dtmf(String digits, int onMs, int offMs) {
    short[][] parts = new short[digits.length() * 2][];
    for (int i = 0; i < digits.length(); i++) {
      int k = KEYS.indexOf(digits.charAt(i));
      parts[2 * i] = sum(onMs, 0.25, LOW[k / 4], HIGH[k % 4]);
      parts[2 * i + 1] = new short[offMs * RATE / 1000];
    }
    return TriageCorpus.concat(parts);
  }

  /**
   * A melody of 250..500 ms notes from a pentatonic scale, each with four harmonics and a decaying
   * envelope, over a sustained chord pad.
   */
  static short[] melody(int seconds, long seed) {
    Random r = new Random(seed);
    int[] scale = {0, 2, 4, 7, 9, 12, 14, 16};
    short[] out = new short[seconds * RATE];
    int at = 0;
    while (at < out.length) {
      int len = (250 + 50 * r.nextInt(6)) * RATE / 1000;
      double hz = 440 * Math.pow(2, scale[r.nextInt(scale.length)] / 12.0);
      for (int i = 0; i < len && at + i < out.length; i++) {
        double env = Math.min(1, i / 80.0) * Math.exp(-1.5 * i / (double) RATE);
        double v = 0;
        for (int h = 1; h <= 4; h++) {
          v += Math.sin(2 * Math.PI * hz * h * i / RATE) / h;
        }
        out[at + i] = TriageCorpus.clamp(5000 * env * v);
      }
      at += len;
    }
    return TriageCorpus.mix(out, sum(seconds * 1000, 0.05, 220, 277.2, 329.6));
  }

  /** Major triads with two harmonics per note, one second each. */
  static short[] chords(int seconds) {
    double[][] triads = {
      {261.6, 329.6, 392.0}, {349.2, 440.0, 523.3}, {392.0, 493.9, 587.3}, {220.0, 261.6, 329.6}
    };
    short[][] parts = new short[seconds][];
    for (int s = 0; s < seconds; s++) {
      double[] t = triads[s % triads.length];
      parts[s] = sum(1000, 0.08, t[0], t[1], t[2], 2 * t[0], 2 * t[1], 2 * t[2]);
    }
    return TriageCorpus.concat(parts);
  }

  /** Equal-level sines for {@code ms}, each peaking at {@code level} of full scale, 5 ms ramps. */
  private static short[] sum(int ms, double level, double... hz) {
    int n = ms * RATE / 1000;
    short[] out = new short[n];
    for (int i = 0; i < n; i++) {
      double ramp = Math.min(1, Math.min(i, n - 1 - i) / 40.0);
      double v = 0;
      for (double f : hz) {
        v += Math.sin(2 * Math.PI * f * i / RATE);
      }
      out[i] = TriageCorpus.clamp(32767 * level * ramp * v);
    }
    return out;
  }
}
