package dev.vorzimmer.testsupport.sipp;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One SIPp caller run on 127.0.0.1: builds a scenario from the bundled templates with the caller's
 * From / P-Asserted-Identity / Privacy, runs {@code sipp} for a bounded number of calls and time,
 * and reports whether every call followed the scenario. SIPp must be installed (Debian package
 * {@code sip-tester}); {@code scripts/test} installs it.
 */
public final class SippCaller {
  /** What the called side is expected to do. */
  public enum Expect {
    /** 180 Ringing, then the caller cancels (200 to CANCEL, 487 to INVITE). */
    RING_THEN_CANCEL("uac-ring-cancel.xml"),
    /** 200 OK with SDP; the caller plays audio or waits, then sends BYE. */
    ANSWER("uac-answered.xml"),
    /** A final status without answer (403, 486, 488, 603 …), acknowledged. */
    FINAL_STATUS("uac-final.xml");

    final String template;

    Expect(String template) {
      this.template = template;
    }
  }

  private final Path workDir;
  private final Map<String, String> keys = new LinkedHashMap<>();
  private final Map<String, String> replacements = new LinkedHashMap<>();
  private Expect expect = Expect.ANSWER;
  private int calls = 1;
  private int rate = 10;
  private long timeoutSeconds = 30;

  public SippCaller(Path workDir) {
    this.workDir = workDir;
    keys.put("to_user", "alice");
    keys.put("from_user", "+4930123456");
    keys.put("from_display", "\"Caller\"");
    keys.put("pai_header", "X-Vorzimmer-Test: no-pai");
    keys.put("privacy_header", "X-Vorzimmer-Test2: no-privacy");
    replacements.put("@RING_MS@", "300");
    replacements.put("@STATUS@", "603");
    replacements.put("@MEDIA@", "  <pause milliseconds=\"500\"/>");
  }

  public SippCaller calling(String user) { keys.put("to_user", user); return this; }

  /** The From user part (the number) and its display name (give "" for none). */
  public SippCaller from(String number, String display) {
    keys.put("from_user", number);
    keys.put("from_display", display.isEmpty() ? "" : "\"" + display + "\"");
    return this;
  }

  public SippCaller assertedIdentity(String uri) { keys.put("pai_header", "P-Asserted-Identity: <" + uri + ">"); return this; }

  public SippCaller privacy(String value) { keys.put("privacy_header", "Privacy: " + value); return this; }

  public SippCaller expectRingThenCancelAfter(long millis) {
    expect = Expect.RING_THEN_CANCEL;
    replacements.put("@RING_MS@", Long.toString(millis));
    return this;
  }

  public SippCaller expectStatus(int status) {
    expect = Expect.FINAL_STATUS;
    replacements.put("@STATUS@", Integer.toString(status));
    return this;
  }

  /** Expect an answer; then keep the call up for {@code millis} before hanging up. */
  public SippCaller expectAnswerThenHangUpAfter(long millis) {
    expect = Expect.ANSWER;
    replacements.put("@MEDIA@", "  <pause milliseconds=\"" + millis + "\"/>");
    return this;
  }

  /** Expect an answer; play {@code pcap} (e.g. /usr/share/sip-tester/g711a.pcap) as the caller's audio, then hang up. */
  public SippCaller expectAnswerThenPlay(Path pcap, long extraMillis) {
    expect = Expect.ANSWER;
    replacements.put("@MEDIA@", "  <nop><action><exec play_pcap_audio=\"" + pcap + "\"/></action></nop>\n"
        + "  <pause milliseconds=\"" + extraMillis + "\"/>");
    return this;
  }

  public SippCaller calls(int count, int perSecond) { calls = count; rate = perSecond; return this; }

  public SippCaller timeoutSeconds(long seconds) { timeoutSeconds = seconds; return this; }

  /** Runs SIPp against {@code host:port} and waits for it (bounded by the timeout + 10 s). */
  public SippResult callTo(String host, int port) throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    String name = "uac-" + System.nanoTime();
    Path scenario = workDir.resolve(name + ".xml");
    Files.writeString(scenario, template(), StandardCharsets.ISO_8859_1);
    List<String> cmd = new ArrayList<>(List.of("sipp", host + ":" + port, "-sf", scenario.toString(),
        "-i", "127.0.0.1", "-p", Integer.toString(freeUdpPort()), "-mi", "127.0.0.1", "-mp", Integer.toString(freeUdpPort()),
        "-cp", Integer.toString(freeUdpPort()), "-m", Integer.toString(calls), "-r", Integer.toString(rate),
        "-l", Integer.toString(Math.max(1, calls)), "-nostdin", "-timeout", timeoutSeconds + "s", "-timeout_error",
        "-trace_err", "-error_file", workDir.resolve(name + "-errors.log").toString(),
        "-trace_stat", "-stf", workDir.resolve(name + "-stats.csv").toString(), "-fd", "1"));
    keys.forEach((k, v) -> { cmd.add("-key"); cmd.add(k); cmd.add(v); });
    Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(workDir.resolve(name + "-out.txt").toFile()).start();
    if (!p.waitFor(timeoutSeconds + 10, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
    }
    int exit = p.isAlive() ? -1 : p.exitValue();
    Path errors = workDir.resolve(name + "-errors.log");
    String errorText = Files.exists(errors) ? Files.readString(errors, StandardCharsets.ISO_8859_1) : "";
    return new SippResult(exit, errorText, workDir.resolve(name + "-stats.csv"));
  }

  private String template() throws IOException {
    try (InputStream in = SippCaller.class.getResourceAsStream(expect.template)) {
      if (in == null) {
        throw new IOException("missing SIPp template " + expect.template);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      for (Map.Entry<String, String> e : replacements.entrySet()) {
        text = text.replace(e.getKey(), e.getValue());
      }
      return text;
    }
  }

  /** A UDP port that was free a moment ago on 127.0.0.1. */
  static int freeUdpPort() throws IOException {
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** True when the {@code sipp} binary can be run. */
  public static boolean installed() {
    return Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "sipp")));
  }
}
