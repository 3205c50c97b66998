package dev.vorzimmer.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Child process for {@link RecordingCrashIT}: records a known signal in real time (20 ms chunks)
 * and prints the number of samples handed to the writer after each chunk, until it is killed.
 */
public final class CrashRecorderMain {

  private CrashRecorderMain() {}

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    short[] signal = WavFiles.signal(8000 * 60, 11);
    CrashSafeWavWriter writer = CrashSafeWavWriter.create(target);
    long start = System.nanoTime();
    for (int k = 0; (k + 1) * 160 <= signal.length; k++) {
      LockSupport.parkNanos(start + TimeUnit.MILLISECONDS.toNanos(20L * k) - System.nanoTime());
      writer.write(signal, k * 160, 160);
      System.out.println("written " + writer.samplesWritten());
      System.out.flush();
    }
    writer.finish();
  }
}
