package dev.vorzimmer.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Not a test: the triage test set's accuracy table, then the time {@link
 * MessageTriage#classify(Path)} takes for a three-minute message WAV (speech, pauses and line
 * noise), after a warm-up. Usage: {@code TriageBench [runs]}.
 */
public final class TriageBench {

  private TriageBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path dir = Files.createTempDirectory("triage-bench");
    int right = 0;
    System.out.println("| recording | source | expected | got | speech |");
    System.out.println("|---|---|---|---|---|");
    for (TriageCorpus.Sample s : TriageCorpus.all()) {
      Path wav = dir.resolve(s.name() + ".wav");
      MessageTriageTest.writeWav(wav, s.audio());
      Triage t = MessageTriage.classify(wav);
      right += t.kind() == s.expected() ? 1 : 0;
      System.out.printf(
          "| %s | %s | %s | %s%s | %.2f s |%n",
          s.name(),
          s.source(),
          s.expected().label(),
          t.kind().label(),
          t.kind() == s.expected() ? "" : " ✗",
          t.speechSeconds());
    }
    System.out.printf("%d of %d right%n%n", right, TriageCorpus.all().size());

    short[] speech =
        TriageCorpus.concat(
            TriageCorpus.clip("speech-en-garage.wav"),
            new short[16000],
            TriageCorpus.clip("speech-de-praxis.wav"),
            new short[16000]);
    short[] message = Arrays.copyOf(TriageCorpus.repeat(speech, 20), 180 * 8000);
    message = TriageCorpus.mix(message, TriageCorpus.lineNoise(message.length, -50, 1));
    Path wav = dir.resolve("three-minutes.wav");
    MessageTriageTest.writeWav(wav, message);
    for (int i = 0; i < 5; i++) {
      MessageTriage.classify(wav);
    }
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long[] nanos = new long[runs];
    long[] cpu = new long[runs];
    Triage last = null;
    for (int i = 0; i < runs; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      last = MessageTriage.classify(wav);
      nanos[i] = System.nanoTime() - t0;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf(
        "180 s message (%s, %.1f s speech), %d runs: wall median %.1f ms (min %.1f, max %.1f),"
            + " CPU median %.1f ms (min %.1f)%n",
        last.kind().label(),
        last.speechSeconds(),
        runs,
        nanos[runs / 2] / 1e6,
        nanos[0] / 1e6,
        nanos[runs - 1] / 1e6,
        cpu[runs / 2] / 1e6,
        cpu[0] / 1e6);
  }
}
