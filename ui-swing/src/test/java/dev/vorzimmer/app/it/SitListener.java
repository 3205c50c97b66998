package dev.vorzimmer.app.it;

import dev.vorzimmer.testsupport.SipProbe;
import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A caller written by hand that listens to early media: INVITE (PCMU) through the provider's trunk,
 * waits for 183, collects the RTP that follows until the final response, and tells which of the
 * special information tones were heard, in order (Goertzel per 20 ms frame).
 */
final class SitListener implements AutoCloseable {
  static final double[] SIT_HZ = {913.8, 1370.6, 1776.7};

  /** What the caller got: the provisional and final responses and the audio. */
  record Heard(String progress, String last, short[] audio) {
    int status() {
      return SipProbe.statusOf(last);
    }
  }

  private final SipProbe probe;
  private final DatagramSocket rtp;

  SitListener() throws Exception {
    probe = SipProbe.open();
    rtp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
  }

  Heard call(String number, int trunkPort, Duration timeout) throws Exception {
    String callId = UUID.randomUUID() + "@127.0.0.1";
    String branch = "z9hG4bK" + UUID.randomUUID();
    String sdp =
        "v=0\r\no=x 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio "
            + rtp.getLocalPort()
            + " RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n";
    String from = "127.0.0.1:" + probe.port();
    String head =
        " sip:alice@127.0.0.1:"
            + trunkPort
            + " SIP/2.0\r\nVia: SIP/2.0/UDP "
            + from
            + ";rport;branch="
            + branch
            + "\r\nMax-Forwards: 70\r\nFrom: <sip:"
            + number
            + "@"
            + from
            + ">;tag=sit1\r\n";
    probe.send(
        "INVITE"
            + head
            + "To: <sip:alice@127.0.0.1>\r\nCall-ID: "
            + callId
            + "\r\nCSeq: 1 INVITE\r\nContact: <sip:probe@"
            + from
            + ">\r\nContent-Type: application/sdp\r\nContent-Length: "
            + sdp.length()
            + "\r\n\r\n"
            + sdp,
        trunkPort);
    String progress = probe.awaitMessage(m -> m.startsWith("SIP/2.0 183"), timeout);
    short[] audio = receive(timeout);
    String last =
        probe.awaitMessage(m -> m.startsWith("SIP/2.0 ") && !m.startsWith("SIP/2.0 1"), timeout);
    String to = last.lines().filter(l -> l.startsWith("To:")).findFirst().orElse("To: <x>");
    probe.send(
        "ACK"
            + head
            + to
            + "\r\nCall-ID: "
            + callId
            + "\r\nCSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n",
        trunkPort);
    return new Heard(progress, last, audio);
  }

  /** RTP payloads (PCMU) until nothing came for a second or {@code timeout} passed. */
  private short[] receive(Duration timeout) throws Exception {
    ByteArrayOutputStream ulaw = new ByteArrayOutputStream();
    long end = System.nanoTime() + timeout.toNanos();
    byte[] buf = new byte[2048];
    rtp.setSoTimeout(1000);
    while (System.nanoTime() < end) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        rtp.receive(p);
      } catch (SocketTimeoutException e) {
        break;
      }
      if (p.getLength() > 12 && (buf[1] & 0x7f) == 0) {
        ulaw.write(buf, 12, p.getLength() - 12);
      }
    }
    byte[] bytes = ulaw.toByteArray();
    short[] out = new short[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = ulawToLinear(bytes[i]);
    }
    return out;
  }

  /**
   * Which SIT frequency dominates each run of at least {@code minFrames} 20 ms frames, in order
   * (indexes into {@link #SIT_HZ}); a frame counts when one frequency holds most of its energy.
   */
  static List<Integer> toneRuns(short[] audio, int minFrames) {
    List<Integer> runs = new ArrayList<>();
    int current = -1;
    int length = 0;
    for (int at = 0; at + 160 <= audio.length; at += 160) {
      int tone = dominant(audio, at, 160);
      if (tone == current) {
        length++;
      } else {
        current = tone;
        length = 1;
      }
      if (tone >= 0 && length == minFrames) {
        runs.add(tone);
      }
    }
    return runs;
  }

  private static int dominant(short[] x, int from, int n) {
    double energy = 0;
    for (int i = 0; i < n; i++) {
      energy += (double) x[from + i] * x[from + i];
    }
    if (energy < n * 100.0 * 100.0) {
      return -1;
    }
    for (int k = 0; k < SIT_HZ.length; k++) {
      if (goertzel(x, from, n, SIT_HZ[k]) / (n * energy / 2) > 0.6) {
        return k;
      }
    }
    return -1;
  }

  /** |X(f)|² of {@code n} samples at 8 kHz. */
  static double goertzel(short[] x, int from, int n, double hz) {
    double w = 2 * Math.PI * hz / 8000;
    double coeff = 2 * Math.cos(w);
    double s1 = 0;
    double s2 = 0;
    for (int i = 0; i < n; i++) {
      double s = x[from + i] + coeff * s1 - s2;
      s2 = s1;
      s1 = s;
    }
    return s1 * s1 + s2 * s2 - coeff * s1 * s2;
  }

  private static short ulawToLinear(byte b) {
    int u = ~b & 0xff;
    int t = ((u & 0x0f) << 3) + 0x84;
    t <<= (u & 0x70) >> 4;
    return (short) ((u & 0x80) != 0 ? 0x84 - t : t - 0x84);
  }

  @Override
  public void close() {
    probe.close();
    rtp.close();
  }
}
