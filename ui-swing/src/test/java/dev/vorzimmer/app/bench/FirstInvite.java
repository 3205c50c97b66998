package dev.vorzimmer.app.bench;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One INVITE from a withheld number, sent over UDP to Kamailio's trunk port for a registered user,
 * timed until its final response (the phone rejects anonymous callers with 603 in the benchmark's
 * configuration); the ACK for it is sent so nothing is retransmitted.
 */
final class FirstInvite {
  private FirstInvite() {}

  /** The final status and milliseconds from sending the INVITE to receiving it. */
  record Result(int status, double millis) {}

  static Result send(int trunkPort, String user, String domain, int timeoutMillis)
      throws IOException {
    try (DatagramSocket socket =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      socket.setSoTimeout(timeoutMillis);
      InetSocketAddress kamailio =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), trunkPort);
      String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
      String callId = UUID.randomUUID() + "@bench";
      String via =
          "SIP/2.0/UDP 127.0.0.1:" + socket.getLocalPort() + ";branch=" + branch + ";rport";
      String from = "\"Anonymous\" <sip:anonymous@anonymous.invalid>;tag=bench1";
      String sdp =
          "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
              + "m=audio 40000 RTP/AVP 0 8\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n";
      String uri = "sip:" + user + "@" + domain;
      String invite =
          "INVITE "
              + uri
              + " SIP/2.0\r\nVia: "
              + via
              + "\r\nMax-Forwards: 70\r\nFrom: "
              + from
              + "\r\nTo: <"
              + uri
              + ">\r\nCall-ID: "
              + callId
              + "\r\nCSeq: 1 INVITE\r\nContact: <sip:anonymous@127.0.0.1:"
              + socket.getLocalPort()
              + ">\r\nPrivacy: id\r\nContent-Type: application/sdp\r\nContent-Length: "
              + sdp.length()
              + "\r\n\r\n"
              + sdp;
      byte[] bytes = invite.getBytes(StandardCharsets.US_ASCII);
      long start = System.nanoTime();
      socket.send(new DatagramPacket(bytes, bytes.length, kamailio));
      byte[] buf = new byte[8192];
      while (true) {
        DatagramPacket in = new DatagramPacket(buf, buf.length);
        try {
          socket.receive(in);
        } catch (SocketTimeoutException e) {
          return new Result(0, timeoutMillis);
        }
        long now = System.nanoTime();
        String text = new String(buf, 0, in.getLength(), StandardCharsets.US_ASCII);
        int status = Integer.parseInt(text.substring(8, 11));
        if (status >= 200) {
          String to = header(text, "To");
          String ack =
              "ACK "
                  + uri
                  + " SIP/2.0\r\nVia: "
                  + via
                  + "\r\nMax-Forwards: 70\r\nFrom: "
                  + from
                  + "\r\nTo: "
                  + to
                  + "\r\nCall-ID: "
                  + callId
                  + "\r\nCSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n";
          byte[] a = ack.getBytes(StandardCharsets.US_ASCII);
          socket.send(new DatagramPacket(a, a.length, kamailio));
          return new Result(status, (now - start) / 1e6);
        }
      }
    }
  }

  private static String header(String message, String name) {
    for (String line : message.split("\r\n")) {
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return line.substring(name.length() + 1).trim();
      }
    }
    return "";
  }
}
