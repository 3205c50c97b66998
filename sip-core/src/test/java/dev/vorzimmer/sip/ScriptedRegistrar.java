package dev.vorzimmer.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A hand-written UDP registrar on 127.0.0.1 that answers every request with 200 OK and writes
 * {@code viaParams} (for example {@code ;received=203.0.113.5;rport=40000}) into the top Via of its
 * answers, the way a registrar behind which we sit in a NAT would. REGISTER answers list the
 * request's contacts with expires=60.
 */
final class ScriptedRegistrar implements AutoCloseable {

  private final DatagramSocket socket;
  private final DatagramSocket answerSocket;
  private final String viaParams;
  private final BlockingQueue<String> registers = new LinkedBlockingQueue<>();
  private final Thread thread;

  ScriptedRegistrar(String viaParams) throws IOException {
    this(viaParams, false);
  }

  /**
   * With {@code answerFromAnotherPort}, answers leave from a second socket (a registrar behind a
   * load balancer).
   */
  ScriptedRegistrar(String viaParams, boolean answerFromAnotherPort) throws IOException {
    this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    this.answerSocket =
        answerFromAnotherPort ? new DatagramSocket(0, InetAddress.getLoopbackAddress()) : socket;
    this.viaParams = viaParams;
    this.thread = new Thread(this::serve, "scripted-registrar");
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The next REGISTER received, or null after {@code timeout}. */
  String nextRegister(Duration timeout) throws InterruptedException {
    return registers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void serve() {
    byte[] buffer = new byte[65_535];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        String request =
            new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
        if (request.startsWith("SIP/2.0")) {
          continue;
        }
        if (request.startsWith("REGISTER ")) {
          registers.add(request);
        }
        answer(request, packet.getSocketAddress());
      } catch (IOException e) {
        return;
      }
    }
  }

  private void answer(String request, SocketAddress to) throws IOException {
    StringBuilder out = new StringBuilder("SIP/2.0 200 OK\r\n");
    boolean topVia = true;
    for (String line : request.split("\r\n")) {
      String name =
          line.contains(":") ? line.substring(0, line.indexOf(':')).trim().toLowerCase() : "";
      if (line.isEmpty()) {
        break;
      }
      if (name.equals("via") || name.equals("v")) {
        out.append(topVia ? line.replace(";rport", viaParams) : line).append("\r\n");
        topVia = false;
      } else if (List.of("from", "f", "call-id", "i", "cseq").contains(name)) {
        out.append(line).append("\r\n");
      } else if (name.equals("to") || name.equals("t")) {
        out.append(line).append(";tag=scripted\r\n");
      } else if ((name.equals("contact") || name.equals("m")) && !line.contains("expires=0")) {
        out.append(line).append(";expires=60\r\n");
      }
    }
    out.append("Content-Length: 0\r\n\r\n");
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    answerSocket.send(new DatagramPacket(bytes, bytes.length, to));
  }

  /** Every REGISTER still queued (for failure messages). */
  List<String> drain() {
    List<String> rest = new ArrayList<>();
    registers.drainTo(rest);
    return rest;
  }

  @Override
  public void close() throws InterruptedException {
    socket.close();
    answerSocket.close();
    thread.join(2000);
  }
}
