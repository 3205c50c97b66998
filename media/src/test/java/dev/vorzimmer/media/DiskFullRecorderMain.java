package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.Recorder;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Child process for {@link DiskFullIT}, started under a file size limit ({@code ulimit -f}) so that
 * writing fails part way like on a full disk. Records 5 s of a known signal and prints what the
 * recorder reported.
 */
public final class DiskFullRecorderMain {

  private DiskFullRecorderMain() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    try {
      CompletableFuture<Exception> failure = new CompletableFuture<>();
      CompletableFuture<Path> done = new CompletableFuture<>();
      Recorder recorder = new Recorder(target, io, failure::complete);
      recorder.open();
      short[] signal = WavFiles.signal(8000 * 5, 21);
      for (int k = 0; k < signal.length / 160; k++) {
        recorder.write(signal, k * 160, 160);
      }
      recorder.finish(done::complete);
      System.out.println("file: " + done.get(10, TimeUnit.SECONDS));
      System.out.println("failed: " + failure.getNow(null));
    } finally {
      io.shutdownNow();
    }
  }
}
