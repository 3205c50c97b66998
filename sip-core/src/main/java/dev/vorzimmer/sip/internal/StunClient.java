package dev.vorzimmer.sip.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A STUN binding request (RFC 5389) over UDP: asks a STUN server which public address and port our
 * packets come from. Retransmits after 500 ms and 1 s and gives up when the budget (2 s in use) is
 * spent. Blocking: run it off the SIP event thread.
 */
public final class StunClient {

  static final int MAGIC_COOKIE = 0x2112A442;
  static final int BINDING_REQUEST = 0x0001;
  static final int BINDING_SUCCESS = 0x0101;
  static final int BINDING_ERROR = 0x0111;
  static final int MAPPED_ADDRESS = 0x0001;
  static final int XOR_MAPPED_ADDRESS = 0x0020;

  private final SecureRandom random = new SecureRandom();

  /**
   * The answer of one query.
   *
   * @param mapped our address as the server saw it, if it answered usefully
   * @param problem why there is none ("no answer from … within 2000 ms")
   */
  public record Result(Optional<InetSocketAddress> mapped, String problem) {
    static Result failed(String problem) {
      return new Result(Optional.empty(), problem);
    }
  }

  /**
   * Asks {@code host:port} from a fresh socket bound to {@code bindHost} (the wildcard is fine).
   */
  public Result query(String host, int port, String bindHost, Duration budget) {
    InetAddress server;
    try {
      server = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return Result.failed("STUN server " + host + " does not resolve");
    }
    try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(bindHost, 0))) {
      return query(socket, new InetSocketAddress(server, port), budget);
    } catch (IOException e) {
      return Result.failed("cannot ask STUN server " + host + ":" + port + ": " + e.getMessage());
    }
  }

  /**
   * Sends binding requests from {@code socket} to {@code server} until one is answered or the
   * budget is spent.
   */
  public Result query(DatagramSocket socket, InetSocketAddress server, Duration budget)
      throws IOException {
    byte[] transaction = new byte[12];
    random.nextBytes(transaction);
    byte[] request = request(transaction);
    long deadline = System.nanoTime() + budget.toNanos();
    long wait = 500;
    byte[] buffer = new byte[1500];
    while (true) {
      socket.send(new DatagramPacket(request, request.length, server));
      long resendAt = Math.min(deadline, System.nanoTime() + wait * 1_000_000);
      wait *= 2;
      Optional<Result> answer = receive(socket, server, transaction, buffer, resendAt);
      if (answer.isPresent()) {
        return answer.get();
      }
      if (System.nanoTime() >= deadline) {
        return Result.failed(
            "no answer from STUN server "
                + server.getHostString()
                + ":"
                + server.getPort()
                + " within "
                + budget.toMillis()
                + " ms");
      }
    }
  }

  private static Optional<Result> receive(
      DatagramSocket socket,
      InetSocketAddress server,
      byte[] transaction,
      byte[] buffer,
      long until)
      throws IOException {
    while (true) {
      long left = (until - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return Optional.empty();
      }
      socket.setSoTimeout((int) Math.max(1, left));
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        return Optional.empty();
      }
      if (!server.equals(packet.getSocketAddress())) {
        continue;
      }
      Optional<Result> parsed =
          parse(Arrays.copyOf(packet.getData(), packet.getLength()), transaction);
      if (parsed.isPresent()) {
        return parsed;
      }
    }
  }

  static byte[] request(byte[] transaction) {
    ByteBuffer b = ByteBuffer.allocate(20);
    b.putShort((short) BINDING_REQUEST).putShort((short) 0).putInt(MAGIC_COOKIE).put(transaction);
    return b.array();
  }

  /** A response to {@code transaction}, or empty for anything else (which is ignored). */
  static Optional<Result> parse(byte[] message, byte[] transaction) {
    if (message.length < 20) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(message);
    int type = b.getShort() & 0xffff;
    int length = b.getShort() & 0xffff;
    if (b.getInt() != MAGIC_COOKIE
        || !Arrays.equals(Arrays.copyOfRange(message, 8, 20), transaction)
        || length + 20 > message.length) {
      return Optional.empty();
    }
    b.position(20);
    if (type == BINDING_ERROR) {
      return Optional.of(Result.failed("the STUN server refused the binding request"));
    }
    if (type != BINDING_SUCCESS) {
      return Optional.empty();
    }
    return Optional.of(
        StunAttributes.mappedAddress(b, 20 + length, transaction)
            .map(a -> new Result(Optional.of(a), ""))
            .orElse(Result.failed("the STUN server's answer has no usable mapped address")));
  }
}
