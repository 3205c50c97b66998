package dev.vorzimmer.app.it;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * baresip (Debian {@code baresip-core}) as an SRTP caller or callee: a private config folder
 * ({@code -f}, never {@code $HOME}), no registration, the {@code srtp} module with {@code
 * mediaenc=srtp-mand}, PCMU only, and a WAV tone as its microphone ({@code aufile}). A caller dials
 * once at start, a callee answers at once; both quit after a bounded time.
 */
final class BaresipCaller implements AutoCloseable {
  private final Process process;
  private final Path log;

  private BaresipCaller(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static boolean installed() {
    return Files.isExecutable(Path.of("/usr/bin/baresip"))
        && Files.exists(Path.of("/usr/lib/baresip/modules/srtp.so"));
  }

  /**
   * Starts baresip calling {@code target} as {@code fromUser}, sending {@code tone} (8 kHz mono
   * 16-bit) from RTP ports {@code rtpLow}..{@code rtpLow + 9}; it quits after {@code seconds}.
   */
  static BaresipCaller call(
      Path dir, String fromUser, String target, short[] tone, int sipPort, int rtpLow, int seconds)
      throws IOException {
    return start(
        dir,
        "<sip:" + fromUser + "@127.0.0.1>;regint=0;mediaenc=srtp-mand;audio_codecs=PCMU/8000/1",
        tone,
        sipPort,
        rtpLow,
        seconds,
        List.of("-e", "/dial " + target));
  }

  /**
   * Starts baresip as a callee on 127.0.0.1:{@code sipPort} that answers at once, with SRTP
   * mandatory.
   */
  static BaresipCaller answer(
      Path dir, String user, short[] tone, int sipPort, int rtpLow, int seconds)
      throws IOException {
    return start(
        dir,
        "<sip:"
            + user
            + "@127.0.0.1:"
            + sipPort
            + ">;regint=0;mediaenc=srtp-mand;answermode=auto"
            + ";audio_codecs=PCMU/8000/1",
        tone,
        sipPort,
        rtpLow,
        seconds,
        List.of());
  }

  private static BaresipCaller start(
      Path dir,
      String account,
      short[] tone,
      int sipPort,
      int rtpLow,
      int seconds,
      List<String> extra)
      throws IOException {
    Files.createDirectories(dir);
    Path wav = dir.resolve("tone.wav");
    Files.write(wav, wav(tone));
    Files.writeString(
        dir.resolve("config"),
        String.join(
            "\n",
            "module_path /usr/lib/baresip/modules",
            "sip_listen 127.0.0.1:" + sipPort,
            "audio_source aufile," + wav,
            "ausrc_srate 8000",
            "ausrc_channels 1",
            "auplay_srate 8000",
            "auplay_channels 1",
            "rtp_ports " + rtpLow + "-" + (rtpLow + 9),
            "module g711.so",
            "module aufile.so",
            "module srtp.so",
            "module_app account.so",
            "module_app menu.so",
            ""));
    Files.writeString(dir.resolve("accounts"), account + "\n");
    Path log = dir.resolve("baresip.log");
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of("baresip", "-f", dir.toString(), "-t", String.valueOf(seconds)));
    cmd.addAll(extra);
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    p.getOutputStream().close();
    return new BaresipCaller(p, log);
  }

  /** Waits for baresip to quit by itself; true if it did. */
  boolean awaitExit(long seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS);
  }

  /** baresip's whole output so far. */
  String log() throws IOException {
    return Files.readString(log);
  }

  /** The last lines of baresip's output, for failure messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "<no baresip log: " + e.getMessage() + ">";
    }
  }

  static byte[] wav(short[] samples) {
    ByteBuffer b = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + samples.length * 2).put("WAVE".getBytes());
    b.put("fmt ".getBytes())
        .putInt(16)
        .putShort((short) 1)
        .putShort((short) 1)
        .putInt(8000)
        .putInt(16000)
        .putShort((short) 2)
        .putShort((short) 16);
    b.put("data".getBytes()).putInt(samples.length * 2);
    for (short s : samples) {
      b.putShort(s);
    }
    return b.array();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }
}
