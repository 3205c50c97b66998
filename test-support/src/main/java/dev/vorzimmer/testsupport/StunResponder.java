package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * A minimal STUN server (RFC 5389 Binding only, IPv4, UDP) for the network lab: answers every
 * Binding request with the request's source as XOR-MAPPED-ADDRESS, so a phone behind the lab's NAT
 * learns the router's public address and port. Runs as its own process inside the provider
 * namespace: {@code java -cp CLASSPATH dev.vorzimmer.testsupport.StunResponder ADDRESS PORT};
 * prints {@code STUN-READY} once it listens and one {@code STUN-BINDING ip:port} line per answer.
 */
public final class StunResponder {
  private static final int MAGIC_COOKIE = 0x2112A442;
  private static final short BINDING_REQUEST = 0x0001;
  private static final short BINDING_SUCCESS = 0x0101;
  private static final short XOR_MAPPED_ADDRESS = 0x0020;

  private StunResponder() {}

  public static void main(String[] args) throws IOException {
    try (DatagramSocket socket =
        new DatagramSocket(
            new InetSocketAddress(InetAddress.getByName(args[0]), Integer.parseInt(args[1])))) {
      System.out.println("STUN-READY " + socket.getLocalSocketAddress());
      byte[] buffer = new byte[1500];
      while (true) {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        byte[] answer = answer(packet);
        if (answer != null) {
          socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
          System.out.println(
              "STUN-BINDING " + packet.getAddress().getHostAddress() + ":" + packet.getPort());
        }
      }
    }
  }

  /**
   * The Binding success response for a Binding request from an IPv4 source; null for anything else.
   */
  static byte[] answer(DatagramPacket packet) {
    ByteBuffer in = ByteBuffer.wrap(packet.getData(), packet.getOffset(), packet.getLength());
    if (packet.getLength() < 20
        || in.getShort() != BINDING_REQUEST
        || in.getInt(4) != MAGIC_COOKIE
        || !(packet.getAddress() instanceof Inet4Address)) {
      return null;
    }
    byte[] transaction = new byte[12];
    in.position(8);
    in.get(transaction);
    int address = ByteBuffer.wrap(packet.getAddress().getAddress()).getInt();
    ByteBuffer out = ByteBuffer.allocate(32);
    out.putShort(BINDING_SUCCESS).putShort((short) 12).putInt(MAGIC_COOKIE).put(transaction);
    out.putShort(XOR_MAPPED_ADDRESS)
        .putShort((short) 8)
        .put((byte) 0)
        .put((byte) 1)
        .putShort((short) (packet.getPort() ^ (MAGIC_COOKIE >>> 16)))
        .putInt(address ^ MAGIC_COOKIE);
    return out.array();
  }
}
