package dev.vorzimmer.testsupport.sipp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One SIPp caller run on 127.0.0.1: builds a scenario from the bundled templates with the caller's
 * From / P-Asserted-Identity / Privacy, runs {@code sipp} for a bounded number of calls and time,
 * and reports whether every call followed the scenario. SIPp must be installed (Debian package
 * {@code sip-tester}); {@code scripts/test} installs it.
 */
public final class SippCaller {
  /** The default offer: PCMA and telephone-event. */
  public static final String OFFER_PCMA =
      "m=audio [media_port] RTP/AVP 8 101\n"
          + "      a=rtpmap:8 PCMA/8000\n      a=rtpmap:101 telephone-event/8000";

  private static final String RING = "  <recv response=\"180\" rtd=\"true\"/>";

  private final Path workDir;
  private final Map<String, String> keys = new LinkedHashMap<>();
  private final Map<String, String> replacements = new LinkedHashMap<>();
  private UacTemplate expect = UacTemplate.ANSWER;
  private int calls = 1;
  private int rate = 10;
  private long timeoutSeconds = 30;
  private List<String> commandPrefix = List.of();
  private String localIp = "127.0.0.1";

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
    replacements.put("@OFFER@", OFFER_PCMA);
    replacements.put("@RINGING@", "");
    replacements.put("@PROVISIONAL@", "  <recv response=\"100\" optional=\"true\"/>\n" + RING);
    // CANCEL and its ACK reuse the INVITE's branch: [branch-N] counts back N scenario steps to the
    // INVITE
    replacements.put("@CANCEL_BACK@", "4");
    replacements.put("@ACK_BACK@", "7");
    replacements.put("@AFTER@", "");
    replacements.put("@BEFORE_BYE@", "");
    replacements.put("@ANSWER_CHECK@", "m=audio");
  }

  public SippCaller calling(String user) {
    keys.put("to_user", user);
    return this;
  }

  /** The From user part (the number) and its display name (give "" for none). */
  public SippCaller from(String number, String display) {
    keys.put("from_user", number);
    keys.put("from_display", display.isEmpty() ? "" : "\"" + display + "\"");
    return this;
  }

  public SippCaller assertedIdentity(String uri) {
    keys.put("pai_header", "P-Asserted-Identity: <" + uri + ">");
    return this;
  }

  public SippCaller privacy(String value) {
    keys.put("privacy_header", "Privacy: " + value);
    return this;
  }

  /**
   * Replaces the offer's m= line and attributes (SIPp keywords allowed; lines separated by "\n").
   */
  public SippCaller offering(String mediaLines) {
    replacements.put("@OFFER@", mediaLines);
    return this;
  }

  /**
   * A regular expression the body of the 200 OK must match (for example {@code a=rtpmap:8
   * PCMA/8000}).
   */
  public SippCaller answerMustMatch(String regex) {
    replacements.put("@ANSWER_CHECK@", regex);
    return this;
  }

  public SippCaller expectRingThenCancelAfter(long millis) {
    expect = UacTemplate.RING_THEN_CANCEL;
    replacements.put("@RING_MS@", Long.toString(millis));
    return this;
  }

  /**
   * Cancels {@code millis} after the INVITE without waiting for 180 (the called side must not
   * ring), then watches {@code quietMillis} more: any further message for the call (a late 180 or
   * 200) fails it.
   */
  public SippCaller expectCancelBeforeRingingAfter(long millis, long quietMillis) {
    expect = UacTemplate.RING_THEN_CANCEL;
    replacements.put("@RING_MS@", Long.toString(millis));
    replacements.put("@PROVISIONAL@", "  <recv response=\"100\"/>");
    replacements.put("@CANCEL_BACK@", "3");
    replacements.put("@ACK_BACK@", "6");
    replacements.put("@AFTER@", "  <pause milliseconds=\"" + quietMillis + "\"/>");
    return this;
  }

  /** A final status, with nothing ringing first. */
  public SippCaller expectStatus(int status) {
    expect = UacTemplate.FINAL_STATUS;
    replacements.put("@STATUS@", Integer.toString(status));
    replacements.put("@RINGING@", "");
    return this;
  }

  /**
   * 183 Session Progress with SDP (early media, e.g. the "not available" intercept) first, then a
   * final status.
   */
  public SippCaller expectEarlyMediaThenStatus(int status) {
    expect = UacTemplate.FINAL_STATUS;
    replacements.put("@STATUS@", Integer.toString(status));
    replacements.put("@RINGING@", "  <recv response=\"183\" rtd=\"true\"/>");
    return this;
  }

  /**
   * A final status sent right after the 180 (the test declines or stops the phone as soon as it
   * rings). The 180 may be missing: through a proxy with several workers (Kamailio's {@code
   * children}), a 180 and a final sent within a millisecond of each other can be read by two
   * workers, and when the final is relayed first the transaction drops the late 180. That is UDP
   * and the proxy, not the phone; the test checks the ringing on the phone's own events.
   */
  public SippCaller expectStatusRightAfterRing(int status) {
    expect = UacTemplate.FINAL_STATUS;
    replacements.put("@STATUS@", Integer.toString(status));
    replacements.put("@RINGING@", "  <recv response=\"180\" optional=\"true\" rtd=\"true\"/>");
    return this;
  }

  /** Expect an answer; then keep the call up for {@code millis} before hanging up. */
  public SippCaller expectAnswerThenHangUpAfter(long millis) {
    expect = UacTemplate.ANSWER;
    replacements.put("@MEDIA@", "  <pause milliseconds=\"" + millis + "\"/>");
    return this;
  }

  /** SIPp's bundled recording of speech (7.05 s of A-law), from the Debian package sip-tester. */
  public static final Path SPEECH = Path.of("/usr/share/sip-tester/g711a.pcap");

  /**
   * Expect an answer; after {@code greetingMillis} (the greeting and the beep) say something
   * ({@link #SPEECH}), then hang up: a message a person left (a silent caller's message is filed
   * under probable robots and announced nowhere).
   */
  public SippCaller expectAnswerThenSpeakAfter(long greetingMillis) {
    return expectAnswerThen(pause(greetingMillis), play(SPEECH), pause(7_050 + 1_500));
  }

  /**
   * Expect an answer; play {@code pcap} (e.g. /usr/share/sip-tester/g711a.pcap) as the caller's
   * audio, then hang up.
   */
  public SippCaller expectAnswerThenPlay(Path pcap, long extraMillis) {
    expect = UacTemplate.ANSWER;
    replacements.put(
        "@MEDIA@",
        "  <nop><action><exec play_pcap_audio=\""
            + pcap
            + "\"/></action></nop>\n"
            + "  <pause milliseconds=\""
            + extraMillis
            + "\"/>");
    return this;
  }

  /**
   * Expect an answer; then run {@code steps} (built with {@link #pause} and {@link #play}) as the
   * caller's side of the conversation, then hang up.
   */
  public SippCaller expectAnswerThen(String... steps) {
    expect = UacTemplate.ANSWER;
    replacements.put("@MEDIA@", String.join("\n", steps));
    return this;
  }

  /** A scenario step: wait {@code millis}. */
  public static String pause(long millis) {
    return "  <pause milliseconds=\"" + millis + "\"/>";
  }

  /**
   * A scenario step: start playing the RTP of {@code pcap} (returns at once; SIPp plays in the
   * background).
   */
  public static String play(Path pcap) {
    return "  <nop><action><exec play_pcap_audio=\"" + pcap + "\"/></action></nop>";
  }

  /** Expect an answer; then wait for the called side to hang up (BYE), and accept it. */
  public SippCaller expectAnswerThenByeFromCallee() {
    expect = UacTemplate.ANSWER_THEN_AWAIT_BYE;
    return this;
  }

  /**
   * Expect an answer; run {@code steps} (e.g. {@link #play} a DTMF pcap), then wait for the called
   * side to hang up (BYE), and accept it.
   */
  public SippCaller expectAnswerThenByeFromCalleeAfter(String... steps) {
    expect = UacTemplate.ANSWER_THEN_AWAIT_BYE;
    replacements.put("@BEFORE_BYE@", String.join("\n", steps));
    return this;
  }

  /** Expect an answer; hold and resume with re-INVITEs {@code millis} apart, then hang up. */
  public SippCaller expectHoldAndResume(long millis) {
    expect = UacTemplate.HOLD_RESUME;
    replacements.put("@MEDIA@", "  <pause milliseconds=\"" + millis + "\"/>");
    return this;
  }

  /** Expect an answer; then accept the called side's hold and resume re-INVITEs, then hang up. */
  public SippCaller expectAnswerThenHoldAndResumeByCallee() {
    expect = UacTemplate.HELD_BY_CALLEE;
    return this;
  }

  public SippCaller calls(int count, int perSecond) {
    calls = count;
    rate = perSecond;
    return this;
  }

  public SippCaller timeoutSeconds(long seconds) {
    timeoutSeconds = seconds;
    return this;
  }

  /**
   * Runs SIPp through {@code prefix} (e.g. {@code ip netns exec NS}) from {@code ip} instead of
   * 127.0.0.1.
   */
  public SippCaller runningIn(List<String> prefix, String ip) {
    commandPrefix = List.copyOf(prefix);
    localIp = ip;
    return this;
  }

  /** Runs SIPp against {@code host:port} and waits for it (bounded by the timeout + 10 s). */
  public SippResult callTo(String host, int port) throws IOException, InterruptedException {
    try (SippRun run = start(host, port)) {
      return run.await();
    }
  }

  /**
   * Starts SIPp against {@code host:port} without waiting; {@link SippRun#await()} collects the
   * result.
   */
  public SippRun start(String host, int port) throws IOException {
    List<String> args =
        List.of(
            "-m",
            Integer.toString(calls),
            "-r",
            Integer.toString(rate),
            "-l",
            Integer.toString(Math.max(1, calls)));
    return SippRun.start(
        workDir,
        expect.template,
        replacements,
        keys,
        args,
        host + ":" + port,
        timeoutSeconds,
        commandPrefix,
        localIp);
  }

  /** True when the {@code sipp} binary can be run. */
  public static boolean installed() {
    return Stream.of(System.getenv("PATH").split(":"))
        .anyMatch(d -> Files.isExecutable(Path.of(d, "sipp")));
  }
}
