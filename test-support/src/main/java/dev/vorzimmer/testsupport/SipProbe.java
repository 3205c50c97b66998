package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A minimal SIP client over UDP on 127.0.0.1 for tests: sends one hand-written out-of-dialog
 * request and returns the first final response (1xx are skipped). Not a SIP stack; just enough to
 * poke a peer.
 */
public final class SipProbe implements AutoCloseable {

  private final DatagramSocket socket;

  private SipProbe(DatagramSocket socket) {
    this.socket = socket;
  }

  /** Binds an ephemeral UDP port on 127.0.0.1. */
  public static SipProbe open() throws IOException {
    return new SipProbe(
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
  }

  /** Our local UDP port (appears in Via and Contact). */
  public int port() {
    return socket.getLocalPort();
  }

  /**
   * Sends {@code method} to 127.0.0.1:{@code port} with the given Request-URI and waits for a final
   * response.
   *
   * @return the response text (status line, headers, body)
   * @throws SocketTimeoutException if no final response arrives within {@code timeout}
   */
  public String request(String method, int port, String requestUri, Duration timeout)
      throws IOException {
    String message =
        method
            + " "
            + requestUri
            + " SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:"
            + port()
            + ";rport;branch=z9hG4bK"
            + UUID.randomUUID()
            + "\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: <sip:probe@127.0.0.1:"
            + port()
            + ">;tag="
            + UUID.randomUUID().toString().substring(0, 8)
            + "\r\n"
            + "To: <"
            + requestUri
            + ">\r\n"
            + "Call-ID: "
            + UUID.randomUUID()
            + "@127.0.0.1\r\n"
            + "CSeq: 1 "
            + method
            + "\r\n"
            + "Contact: <sip:probe@127.0.0.1:"
            + port()
            + ">\r\n"
            + "Content-Length: 0\r\n\r\n";
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
    return awaitFinal(timeout);
  }

  /**
   * Sends a hand-written message (use {@link #port()} in its Via/Contact) to 127.0.0.1:{@code
   * port}.
   */
  public void send(String message, int port) throws IOException {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
  }

  /**
   * Waits for the next received message whose text matches {@code condition}, skipping others.
   *
   * @throws SocketTimeoutException if none arrives within {@code timeout}
   */
  public String awaitMessage(java.util.function.Predicate<String> condition, Duration timeout)
      throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] buffer = new byte[65_536];
    while (true) {
      long remainingMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
      if (remainingMillis <= 0) {
        throw new SocketTimeoutException(
            "no matching SIP message within " + timeout.toMillis() + " ms");
      }
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      socket.receive(packet);
      String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      if (condition.test(text)) {
        return text;
      }
    }
  }

  private String awaitFinal(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] buffer = new byte[65_536];
    while (true) {
      long remainingMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
      if (remainingMillis <= 0) {
        throw new SocketTimeoutException(
            "no final SIP response within " + timeout.toMillis() + " ms");
      }
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      socket.receive(packet);
      String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      if (text.startsWith("SIP/2.0 ") && !text.startsWith("SIP/2.0 1")) {
        return text;
      }
    }
  }

  /** The status code of a response text returned by {@link #request}. */
  public static int statusOf(String response) {
    return Integer.parseInt(response.substring(8, 11));
  }

  @Override
  public void close() {
    socket.close();
  }
}
