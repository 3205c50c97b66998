package dev.vorzimmer.media;

import dev.vorzimmer.media.Triage.Kind;
import dev.vorzimmer.media.internal.rtp.G711;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The triage test set: recorded speech (eSpeak NG clips committed under test resources, the bundled
 * greetings, SIPp's A-law voice capture) and synthesised telephone signals, noise and music, each
 * with the class a person would give it. Everything is built deterministically (seeded noise).
 */
final class TriageCorpus {

  static final String SIPP_CAPTURE = "/usr/share/sip-tester/g711a.pcap";
  private static final int RATE = 8000;
  private static final String ESPEAK = "eSpeak NG (synthetic speech)";

  /** One recording: name, where it comes from, the expected class, the audio. */
  record Sample(String name, String source, Kind expected, short[] audio) {}

  private TriageCorpus() {}

  static List<Sample> all() {
    List<Sample> s = new ArrayList<>();
    speech(s);
    shortSpeech(s);
    silence(s);
    tones(s);
    s.add(
        new Sample(
            "melody",
            "synthetic: melody with harmonics over a chord pad, 8 s",
            Kind.MUSIC,
            Synth.melody(8, 17)));
    s.add(new Sample("chords", "synthetic: triads, 1 s each, 6 s", Kind.MUSIC, Synth.chords(6)));
    return s;
  }

  private static void speech(List<Sample> s) {
    short[] garage = clip("speech-en-garage.wav");
    short[] praxis = clip("speech-de-praxis.wav");
    short[] sipp = sippVoice();
    s.add(
        new Sample(
            "greeting-de",
            "bundled greeting, eSpeak NG",
            Kind.SPEECH,
            concat(Greeting.bundled(Locale.GERMAN).samples(), comfortNoise(2, 1))));
    s.add(
        new Sample(
            "greeting-en",
            "bundled greeting, eSpeak NG",
            Kind.SPEECH,
            concat(Greeting.bundled(Locale.ENGLISH).samples(), comfortNoise(2, 2))));
    s.add(new Sample("garage-en", ESPEAK, Kind.SPEECH, garage));
    s.add(new Sample("praxis-de", ESPEAK, Kind.SPEECH, praxis));
    s.add(
        new Sample(
            "parcel-en", ESPEAK + ", female voice", Kind.SPEECH, clip("speech-en-parcel.wav")));
    s.add(new Sample("paket-de", ESPEAK + ", slow", Kind.SPEECH, clip("speech-de-paket.wav")));
    s.add(new Sample("sipp-voice", "SIPp sample capture g711a.pcap", Kind.SPEECH, sipp));
    s.add(
        new Sample(
            "garage-noisy",
            ESPEAK + " + hiss -35 dBov + 50 Hz hum",
            Kind.SPEECH,
            mix(garage, lineNoise(garage.length, -35, 3))));
    s.add(
        new Sample(
            "praxis-quiet-noisy",
            ESPEAK + " -12 dB + hiss -40 dBov + hum",
            Kind.SPEECH,
            mix(scale(praxis, 0.25), lineNoise(praxis.length, -40, 4))));
    s.add(
        new Sample(
            "sipp-then-silence",
            "SIPp voice + 10 s comfort noise",
            Kind.SPEECH,
            concat(sipp, comfortNoise(10, 5))));
  }

  private static void shortSpeech(List<Sample> s) {
    s.add(
        new Sample(
            "hello-en",
            ESPEAK + " \"Hello?\" + 6 s comfort noise",
            Kind.SHORT,
            concat(comfortNoise(1, 6), clip("short-en-hello.wav"), comfortNoise(6, 7))));
    s.add(
        new Sample(
            "hallo-de",
            ESPEAK + " \"Ja, hallo?\" + 4 s comfort noise",
            Kind.SHORT,
            concat(clip("short-de-hallo.wav"), comfortNoise(4, 8))));
    short[] hello = concat(comfortNoise(1, 9), clip("short-en-hello.wav"), comfortNoise(3, 10));
    s.add(
        new Sample(
            "hello-noisy",
            ESPEAK + " \"Hello?\" + hiss -40 dBov",
            Kind.SHORT,
            mix(hello, lineNoise(hello.length, -40, 11))));
  }

  private static void silence(List<Sample> s) {
    s.add(
        new Sample("digital-silence", "synthetic: zeros, 10 s", Kind.SILENT, new short[10 * RATE]));
    s.add(
        new Sample(
            "comfort-noise",
            "synthetic: white noise -65 dBov, 8 s",
            Kind.SILENT,
            comfortNoise(8, 12)));
    s.add(
        new Sample(
            "line-hiss",
            "synthetic: hiss -45 dBov + hum, 8 s",
            Kind.SILENT,
            lineNoise(8 * RATE, -45, 13)));
  }

  private static void tones(List<Sample> s) {
    s.add(
        new Sample(
            "dtmf-slow",
            "synthetic: DTMF 0137555, 100/100 ms",
            Kind.TONES,
            withNoise(
                concat(
                    comfortNoise(1, 14), Synth.dtmf("0137555", 100, 100), comfortNoise(2, 15)))));
    s.add(
        new Sample(
            "dtmf-fast",
            "synthetic: DTMF 1234567890*#, 60/60 ms",
            Kind.TONES,
            withNoise(concat(Synth.dtmf("1234567890*#", 60, 60), comfortNoise(3, 16)))));
    s.add(
        new Sample(
            "fax-cng",
            "synthetic: 1100 Hz 0.5 s on / 3 s off, x3",
            Kind.TONES,
            withNoise(repeat(concat(Synth.tone(1100, 500, 0.3), new short[3 * RATE]), 3))));
    s.add(
        new Sample(
            "answer-tone",
            "synthetic: 2100 Hz 3.3 s + 2 s silence",
            Kind.TONES,
            withNoise(concat(Synth.tone(2100, 3300, 0.3), new short[2 * RATE]))));
    s.add(
        new Sample(
            "sit-intercept",
            "synthetic: 913.8/1370.6/1776.7 Hz 274/274/380 ms, x2",
            Kind.TONES,
            withNoise(
                repeat(
                    concat(sit(913.8, 1370.6, 1776.7, 274, 274, 380), new short[2 * RATE]), 2))));
    s.add(
        new Sample(
            "sit-e180",
            "synthetic: 950/1400/1800 Hz 330 ms each, x2",
            Kind.TONES,
            withNoise(repeat(concat(sit(950, 1400, 1800, 330, 330, 330), new short[RATE]), 2))));
  }

  /** A committed eSpeak NG clip (µ-law WAV) as 8 kHz linear samples. */
  static short[] clip(String name) {
    try {
      Path file =
          Path.of(TriageCorpus.class.getResource("/dev/vorzimmer/media/triage/" + name).toURI());
      return Greeting.fromWav(file).samples();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test clip missing: " + name, e);
    }
  }

  /** The A-law voice in SIPp's sample capture (Ethernet/IPv4/UDP/RTP, 240-byte payloads). */
  static short[] sippVoice() {
    byte[] pcap;
    try {
      pcap = Files.readAllBytes(Path.of(SIPP_CAPTURE));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "SIPp's " + SIPP_CAPTURE + " is missing: apt-get install sip-tester", e);
    }
    ByteBuffer b = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
    short[] out = new short[pcap.length];
    int n = 0;
    for (int pos = 24; pos + 16 <= pcap.length; ) {
      int length = b.getInt(pos + 8);
      int frame = pos + 16;
      int ipHeader = (pcap[frame + 14] & 0x0F) * 4;
      int rtp = frame + 14 + ipHeader + 8;
      int payload = rtp + 12 + (pcap[rtp] & 0x0F) * 4;
      int count = frame + length - payload;
      G711.decode(G711.PCMA, pcap, payload, count, out, n);
      n += count;
      pos = frame + length;
    }
    return Arrays.copyOf(out, n);
  }

  static short[] comfortNoise(double seconds, long seed) {
    return noise((int) (seconds * RATE), -65, seed);
  }

  /** White noise at an RMS level in dBov plus a 50 Hz hum 6 dB below it. */
  static short[] lineNoise(int n, double dbov, long seed) {
    short[] hiss = noise(n, dbov, seed);
    double hum = 32768 * Math.pow(10, (dbov - 6) / 20) * Math.sqrt(2);
    for (int i = 0; i < n; i++) {
      hiss[i] = clamp(hiss[i] + hum * Math.sin(2 * Math.PI * 50 * i / RATE));
    }
    return hiss;
  }

  static short[] noise(int n, double dbov, long seed) {
    Random r = new Random(seed);
    double rms = 32768 * Math.pow(10, dbov / 20);
    short[] out = new short[n];
    for (int i = 0; i < n; i++) {
      out[i] = clamp(r.nextGaussian() * rms);
    }
    return out;
  }

  private static short[] withNoise(short[] a) {
    return mix(a, comfortNoise(a.length / (double) RATE, a.length));
  }

  static short[] sit(double f1, double f2, double f3, int ms1, int ms2, int ms3) {
    return concat(Synth.tone(f1, ms1, 0.3), Synth.tone(f2, ms2, 0.3), Synth.tone(f3, ms3, 0.3));
  }

  static short[] concat(short[]... parts) {
    int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    short[] out = new short[n];
    int at = 0;
    for (short[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static short[] repeat(short[] a, int times) {
    short[][] parts = new short[times][];
    Arrays.fill(parts, a);
    return concat(parts);
  }

  static short[] mix(short[] a, short[] b) {
    short[] out = new short[Math.max(a.length, b.length)];
    for (int i = 0; i < out.length; i++) {
      out[i] = clamp((i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0));
    }
    return out;
  }

  static short[] scale(short[] a, double factor) {
    short[] out = new short[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = clamp(a[i] * factor);
    }
    return out;
  }

  static short clamp(double v) {
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
  }
}
