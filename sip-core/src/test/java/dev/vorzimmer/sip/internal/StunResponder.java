package dev.vorzimmer.sip.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A tiny STUN server on 127.0.0.1 for tests: answers binding requests with a success response whose
 * (XOR-)MAPPED-ADDRESS is {@code mapped} (or the request's source when null), after ignoring the
 * first {@code drop} requests; with {@code silent} it never answers.
 */
public final class StunResponder implements AutoCloseable {

  private final DatagramSocket socket;
  private final Thread thread;

  private StunResponder(InetSocketAddress mapped, int drop, boolean xor, boolean silent)
      throws IOException {
    socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    thread = new Thread(() -> serve(mapped, drop, xor, silent), "stun-responder");
    thread.start();
  }

  /**
   * Answers with {@code mapped} as XOR-MAPPED-ADDRESS (null: the source address of the request).
   */
  public static StunResponder answering(InetSocketAddress mapped) throws IOException {
    return new StunResponder(mapped, 0, true, false);
  }

  /**
   * Answers after ignoring the first {@code drop} requests, with MAPPED-ADDRESS when {@code xor} is
   * false.
   */
  public static StunResponder answering(InetSocketAddress mapped, int drop, boolean xor)
      throws IOException {
    return new StunResponder(mapped, drop, xor, false);
  }

  /** Receives and never answers. */
  public static StunResponder silent() throws IOException {
    return new StunResponder(null, 0, true, true);
  }

  public int port() {
    return socket.getLocalPort();
  }

  private void serve(InetSocketAddress mapped, int drop, boolean xor, boolean silent) {
    byte[] buffer = new byte[1500];
    int seen = 0;
    while (!socket.isClosed()) {
      DatagramPacket in = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(in);
        if (silent || seen++ < drop || in.getLength() < 20) {
          continue;
        }
        byte[] transaction = Arrays.copyOfRange(in.getData(), 8, 20);
        byte[] out =
            success(
                transaction,
                mapped == null ? (InetSocketAddress) in.getSocketAddress() : mapped,
                xor);
        socket.send(new DatagramPacket(out, out.length, in.getSocketAddress()));
      } catch (IOException e) {
        return;
      }
    }
  }

  /** A binding success response for {@code transaction} carrying {@code mapped}. */
  static byte[] success(byte[] transaction, InetSocketAddress mapped, boolean xor) {
    byte[] ip = mapped.getAddress().getAddress();
    int port = mapped.getPort();
    if (xor) {
      port ^= StunClient.MAGIC_COOKIE >>> 16;
      byte[] mask =
          ByteBuffer.allocate(16).putInt(StunClient.MAGIC_COOKIE).put(transaction).array();
      for (int i = 0; i < ip.length; i++) {
        ip[i] ^= mask[i];
      }
    }
    int attributeLength = 4 + ip.length;
    ByteBuffer b = ByteBuffer.allocate(20 + 4 + attributeLength);
    b.putShort((short) StunClient.BINDING_SUCCESS)
        .putShort((short) (4 + attributeLength))
        .putInt(StunClient.MAGIC_COOKIE)
        .put(transaction);
    b.putShort((short) (xor ? StunClient.XOR_MAPPED_ADDRESS : StunClient.MAPPED_ADDRESS))
        .putShort((short) attributeLength);
    b.put((byte) 0).put((byte) (ip.length == 4 ? 1 : 2)).putShort((short) port).put(ip);
    return b.array();
  }

  @Override
  public void close() throws InterruptedException {
    socket.close();
    thread.join(2000);
  }
}
