package dev.vorzimmer.testsupport.sipp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A SIPp called party (UAS) on 127.0.0.1 for one call. Reach it through the test Kamailio as user
 * {@code uas-<port>} (see {@link SippRun#port()}): the Kamailio template routes such users straight
 * to 127.0.0.1:port without registration. Start it, place the call, then {@link SippRun#await()}.
 */
public final class SippUas {

  private final Path workDir;
  private long timeoutSeconds = 20;

  public SippUas(Path workDir) {
    this.workDir = workDir;
  }

  public SippUas timeoutSeconds(long seconds) {
    timeoutSeconds = seconds;
    return this;
  }

  /** Rings (180), answers after {@code ringMillis} with PCMU, then expects the caller's BYE. */
  public SippRun answerAfter(long ringMillis) throws IOException {
    return start("uas-answer.xml", Map.of("@RING_MS@", Long.toString(ringMillis)));
  }

  /**
   * Rings (180), answers after {@code ringMillis} with PCMU and telephone-event/8000 (payload type
   * 101) and asks for RTP on 127.0.0.1:{@code rtpPort} (a socket the test reads); then expects the
   * caller to put it on hold (re-INVITE with a=sendonly), resume (a=sendrecv) and hang up with BYE,
   * in that order.
   */
  public SippRun answerThenExpectHoldResumeAndBye(long ringMillis, int rtpPort) throws IOException {
    return start(
        "uas-answer-hold-bye.xml",
        Map.of("@RING_MS@", Long.toString(ringMillis), "@RTP_PORT@", Integer.toString(rtpPort)));
  }

  /** Rings (180) until the caller sends CANCEL; answers it with 200 and 487. */
  public SippRun ringUntilCancelled() throws IOException {
    return start("uas-ring-cancel.xml", Map.of());
  }

  private SippRun start(String template, Map<String, String> replacements) throws IOException {
    return SippRun.start(
        workDir, template, replacements, Map.of(), List.of("-m", "1"), null, timeoutSeconds);
  }
}
