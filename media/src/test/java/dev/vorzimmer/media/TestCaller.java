package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.G711;
import dev.vorzimmer.media.internal.rtp.RtpPacket;
import dev.vorzimmer.media.internal.rtp.TelephoneEvent;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A minimal RTP peer on 127.0.0.1 for integration tests: records what it receives, sends paced
 * audio.
 */
final class TestCaller implements AutoCloseable {

  /** A received packet with its arrival time and the address it came from. */
  record Arrival(long nanos, RtpPacket packet, InetSocketAddress source) {}

  private final DatagramSocket socket;
  private final Thread receiver;
  private final List<Arrival> arrivals = new ArrayList<>();
  private volatile boolean running = true;
  private InetSocketAddress target;
  private int sequence;

  TestCaller() throws IOException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    socket.setSoTimeout(100);
    receiver = new Thread(this::receiveLoop, "test-caller-rx");
    receiver.setDaemon(true);
    receiver.start();
  }

  InetSocketAddress address() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  void target(int port) {
    target = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
  }

  private void receiveLoop() {
    byte[] buf = new byte[2048];
    while (running) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        socket.receive(p);
      } catch (SocketTimeoutException e) {
        continue;
      } catch (IOException e) {
        return; // socket closed by close()
      }
      long now = System.nanoTime();
      RtpPacket packet = RtpPacket.parse(ByteBuffer.wrap(p.getData(), 0, p.getLength()));
      synchronized (arrivals) {
        arrivals.add(new Arrival(now, packet, (InetSocketAddress) p.getSocketAddress()));
        arrivals.notifyAll();
      }
    }
  }

  /**
   * Waits until at least {@code count} packets arrived (or the timeout passed) and returns them.
   */
  List<Arrival> awaitArrivals(int count, java.time.Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (arrivals) {
      for (long left = timeout.toNanos();
          arrivals.size() < count && left > 0;
          left = deadline - System.nanoTime()) {
        TimeUnit.NANOSECONDS.timedWait(arrivals, left);
      }
      return new ArrayList<>(arrivals);
    }
  }

  List<Arrival> arrivals() {
    synchronized (arrivals) {
      return new ArrayList<>(arrivals);
    }
  }

  /**
   * Sends {@code pcm} as 20 ms packets paced against an absolute schedule; stops early if {@code
   * stop} says so.
   */
  void sendAudio(
      int payloadType, short[] pcm, long timestamp, java.util.function.BooleanSupplier stop)
      throws IOException {
    sendAudio(payloadType, payloadType, pcm, timestamp, stop);
  }

  /**
   * As {@link #sendAudio(int, short[], long, java.util.function.BooleanSupplier)} with G.711 {@code
   * codec} under a dynamic type.
   */
  void sendAudio(
      int payloadType,
      int codec,
      short[] pcm,
      long timestamp,
      java.util.function.BooleanSupplier stop)
      throws IOException {
    long start = System.nanoTime();
    byte[] payload = new byte[160];
    for (int k = 0; (k + 1) * 160 <= pcm.length && !stop.getAsBoolean(); k++) {
      LockSupport.parkNanos(start + TimeUnit.MILLISECONDS.toNanos(20L * k) - System.nanoTime());
      G711.encode(codec, pcm, k * 160, 160, payload, 0);
      send(
          new RtpPacket(
              payloadType, k == 0, sequence++, timestamp + 160L * k, 0x5EED, payload.clone()));
    }
  }

  /**
   * Sends audio packets at given offsets (nanoseconds from now) against an absolute schedule, in
   * the order of the offsets: a packet whose offset is later than its successor's arrives
   * reordered.
   */
  void sendScheduled(List<RtpPacket> packets, long[] offsetNanos) throws IOException {
    Integer[] order = new Integer[packets.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> offsetNanos[i]));
    long start = System.nanoTime();
    for (int i : order) {
      LockSupport.parkNanos(start + offsetNanos[i] - System.nanoTime());
      send(packets.get(i));
    }
  }

  /** Sends one key press as RFC 4733 events: 3 updates and 3 end packets, back to back. */
  void sendDtmf(int payloadType, char digit, long timestamp) throws IOException {
    int code = TelephoneEvent.codeOf(digit);
    for (int i = 0; i < 6; i++) {
      boolean end = i >= 3;
      int duration = 160 * Math.min(i + 1, 4);
      byte[] payload = new TelephoneEvent(code, end, 10, duration).toPayload();
      send(new RtpPacket(payloadType, i == 0, sequence++, timestamp, 0x5EED, payload));
    }
  }

  /** Sends one packet as it is (sequence number and all). */
  void sendPacket(RtpPacket packet) throws IOException {
    send(packet);
  }

  private void send(RtpPacket packet) throws IOException {
    ByteBuffer wire = packet.writeTo(ByteBuffer.allocate(2048));
    socket.send(new DatagramPacket(wire.array(), wire.limit(), target));
  }

  /** Closes the socket; the receive thread ends on the resulting exception. */
  @Override
  public void close() {
    running = false;
    socket.close();
  }
}
