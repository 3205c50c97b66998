package dev.vorzimmer.app;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgent;
import dev.vorzimmer.sip.SipAgentListener;
import dev.vorzimmer.sip.SipSettings;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries an account before it is saved: registers it with a separate, temporary {@link SipAgent} on
 * a free port (the running phone's line is not touched), waits for the registrar's verdict and
 * removes the contact again. Blocks up to the given wait plus the unregistration: never call it on
 * the EDT.
 */
public final class RegistrationTrial {
  private static final Logger log = LoggerFactory.getLogger(RegistrationTrial.class);
  private static final Duration UNREGISTER = Duration.ofSeconds(2);
  private final String listenHost;

  /**
   * @param listenHost the address the phone listens on ({@code [sip] listen}); the trial binds
   *     there too
   */
  public RegistrationTrial(String listenHost) {
    this.listenHost = listenHost;
  }

  /**
   * Registers {@code account} and returns the first final state: {@code REGISTERED}, {@code
   * AUTH_FAILED} or {@code RETRYING} (registrar refused or unreachable, reason inside). When
   * nothing final happened within {@code wait}, the last state seen (usually {@code REGISTERING}).
   *
   * @throws java.net.UnknownHostException when the name of the registrar (or outbound proxy) does
   *     not resolve; without a port it is left to the agent's DNS SRV lookup, whose failure comes
   *     back as {@code RETRYING}
   * @throws IOException when no local port could be opened for the trial
   */
  public RegistrationEvent run(AccountConfig account, Duration wait)
      throws IOException, InterruptedException {
    if (account.firstHop().port().isPresent()) {
      InetAddress.getByName(account.firstHop().host());
    }
    CompletableFuture<RegistrationEvent> verdict = new CompletableFuture<>();
    AtomicReference<RegistrationEvent> last = new AtomicReference<>();
    SipAgent agent = new SipAgent(new SipSettings(listenHost, freePort(), Optional.of(account)));
    agent.addListener(
        new SipAgentListener() {
          @Override
          public void onRegistration(RegistrationEvent event) {
            last.set(event);
            if (isFinal(event.state())) {
              verdict.complete(event);
            }
          }
        });
    try {
      agent.start();
      return verdict.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      RegistrationEvent seen = last.get();
      log.info(
          "test registration of {} had no verdict within {} s (last: {})",
          account.aor(),
          wait.toSeconds(),
          seen == null ? "none" : seen.state());
      return seen != null ? seen : agent.registration();
    } catch (ExecutionException e) {
      throw new IllegalStateException("test registration failed", e.getCause());
    } finally {
      agent.shutdown(UNREGISTER);
    }
  }

  private static boolean isFinal(RegistrationState s) {
    return s == RegistrationState.REGISTERED
        || s == RegistrationState.AUTH_FAILED
        || s == RegistrationState.RETRYING;
  }

  /** A port free for both UDP and TCP on the listen host (the agent binds both). */
  private int freePort() throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try (ServerSocket tcp = new ServerSocket()) {
        tcp.bind(new InetSocketAddress(listenHost, 0));
        try (DatagramSocket udp =
            new DatagramSocket(new InetSocketAddress(listenHost, tcp.getLocalPort()))) {
          return udp.getLocalPort();
        }
      } catch (IOException e) {
        last = e;
      }
    }
    throw new IOException("no free SIP port on " + listenHost + " for the test registration", last);
  }
}
