package dev.vorzimmer.media;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;

/**
 * The local UDP port of one RTP session. Allocate it before answering, put {@link #localPort()}
 * into the SDP, then hand it to a session, which sends from it too (symmetric RTP) and closes it.
 */
public final class RtpSocket implements AutoCloseable {

  private static final int EVEN_PORT_ATTEMPTS = 20;
  private final DatagramChannel channel;
  private final InetSocketAddress local;

  private RtpSocket(DatagramChannel channel) throws IOException {
    this.channel = channel;
    this.local = (InetSocketAddress) channel.getLocalAddress();
  }

  /**
   * Binds a non-blocking UDP socket.
   *
   * @param host local address to bind (e.g. the address put into SDP, or the wildcard address)
   * @param port port to bind, or 0 for any free even port (RTP convention; RTCP would be odd)
   * @throws IOException if the port is taken or the address is not local
   */
  public static RtpSocket open(InetAddress host, int port) throws IOException {
    if (port != 0) {
      return new RtpSocket(bind(host, port));
    }
    for (int attempt = 0; attempt < EVEN_PORT_ATTEMPTS; attempt++) {
      DatagramChannel ch = bind(host, 0);
      if (((InetSocketAddress) ch.getLocalAddress()).getPort() % 2 == 0) {
        return new RtpSocket(ch);
      }
      ch.close();
    }
    return new RtpSocket(bind(host, 0));
  }

  /** Binds any free even port on 127.0.0.1 (tests, local peers). */
  public static RtpSocket openLoopback() throws IOException {
    return open(InetAddress.getLoopbackAddress(), 0);
  }

  private static DatagramChannel bind(InetAddress host, int port) throws IOException {
    DatagramChannel ch =
        DatagramChannel.open(
            host instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6
                : StandardProtocolFamily.INET);
    try {
      ch.configureBlocking(false);
      ch.bind(new InetSocketAddress(host, port));
      return ch;
    } catch (IOException e) {
      ch.close();
      throw new IOException(
          "cannot bind RTP port " + host.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
    }
  }

  /** The bound port. */
  public int localPort() {
    return local.getPort();
  }

  /** The bound address and port. */
  public InetSocketAddress localAddress() {
    return local;
  }

  DatagramChannel channel() {
    return channel;
  }

  /** Closes the socket; idempotent. */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
