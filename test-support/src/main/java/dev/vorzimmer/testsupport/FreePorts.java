package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashSet;
import java.util.Set;

/** Finds ports on 127.0.0.1 that are free for both UDP and TCP at the time of the call. */
public final class FreePorts {

  private static final int ATTEMPTS = 50;

  private FreePorts() {}

  /** One port free for UDP and TCP on 127.0.0.1. */
  public static int udpAndTcp() {
    for (int i = 0; i < ATTEMPTS; i++) {
      int port = freeTcpPort();
      if (isFree(port)) {
        return port;
      }
    }
    throw new IllegalStateException(
        "no port free for both UDP and TCP on 127.0.0.1 after " + ATTEMPTS + " tries");
  }

  /** {@code count} distinct ports, each free for UDP and TCP on 127.0.0.1. */
  public static int[] udpAndTcp(int count) {
    Set<Integer> ports = new LinkedHashSet<>();
    for (int i = 0; ports.size() < count && i < count * ATTEMPTS; i++) {
      ports.add(udpAndTcp());
    }
    if (ports.size() < count) {
      throw new IllegalStateException(
          "could not find " + count + " distinct free ports on 127.0.0.1");
    }
    return ports.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether both a TCP server socket and a UDP socket can be bound to 127.0.0.1:port right now. */
  public static boolean isFree(int port) {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket tcp = new ServerSocket()) {
      tcp.setReuseAddress(false);
      tcp.bind(new InetSocketAddress(loopback, port));
      try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, port))) {
        return udp.getLocalPort() == port;
      }
    } catch (IOException e) {
      return false;
    }
  }

  private static int freeTcpPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind any TCP port on 127.0.0.1", e);
    }
  }
}
