package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.Transport;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The trial against registrars on real UDP sockets on 127.0.0.1 that stay silent or refuse. */
class RegistrationTrialTest {

  private static AccountConfig account(int port) {
    return new AccountConfig("alice", "example.test", "127.0.0.1", port, "pw", Transport.UDP, 300);
  }

  @Test
  void aSilentRegistrarLeavesTheTrialWithoutAVerdictAfterTheWait() throws Exception {
    try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
      RegistrationEvent last =
          new RegistrationTrial("127.0.0.1")
              .run(account(silent.getLocalPort()), Duration.ofSeconds(1));
      assertThat(last.state()).isEqualTo(RegistrationState.REGISTERING);
    }
  }

  @Test
  void aRefusingRegistrarIsReportedWithItsStatus() throws Exception {
    try (DatagramSocket registrar = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
      CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> answer404(registrar));
      RegistrationEvent last =
          new RegistrationTrial("127.0.0.1")
              .run(account(registrar.getLocalPort()), Duration.ofSeconds(5));
      assertThat(request.get()).startsWith("REGISTER sip:example.test");
      assertThat(last.state()).isEqualTo(RegistrationState.RETRYING);
      assertThat(last.reason()).isEqualTo("registrar answered 404 Not Found");
    }
  }

  /**
   * Receives one REGISTER and answers 404 with its transaction headers; returns the request line.
   */
  private static String answer404(DatagramSocket socket) {
    try {
      DatagramPacket in = new DatagramPacket(new byte[8192], 8192);
      socket.setSoTimeout(5000);
      socket.receive(in);
      String[] lines =
          new String(in.getData(), 0, in.getLength(), StandardCharsets.UTF_8).split("\r\n");
      String headers =
          java.util.Arrays.stream(lines)
              .filter(l -> l.matches("(?i)^(via|from|to|call-id|cseq):.*"))
              .map(l -> l.toLowerCase().startsWith("to:") ? l + ";tag=refuser" : l)
              .collect(Collectors.joining("\r\n"));
      byte[] out =
          ("SIP/2.0 404 Not Found\r\n" + headers + "\r\nContent-Length: 0\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8);
      socket.send(new DatagramPacket(out, out.length, in.getSocketAddress()));
      return lines[0];
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
