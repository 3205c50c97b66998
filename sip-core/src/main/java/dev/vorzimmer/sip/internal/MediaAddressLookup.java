package dev.vorzimmer.sip.internal;

import dev.vorzimmer.sip.StunServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the configured STUN server for our public address and puts it into the SDP address of calls;
 * gives up after {@link #BUDGET} and goes on with the local address, remembering why for the user.
 * Without a STUN server it does nothing.
 */
public final class MediaAddressLookup implements AutoCloseable {

  /** How long one lookup may take before we go on without it. */
  public static final Duration BUDGET = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(MediaAddressLookup.class);

  private final Optional<StunServer> server;
  private final AdvertisedAddress address;
  private final StunClient client = new StunClient();
  private final Optional<ExecutorService> worker;
  private volatile String problem = "";

  /**
   * With a server, owns one daemon thread for lookups after start ({@link #lookUpLater}); close
   * ends it.
   */
  public MediaAddressLookup(Optional<StunServer> server, AdvertisedAddress address) {
    this.server = server;
    this.address = address;
    this.worker =
        server.map(
            s ->
                Executors.newSingleThreadExecutor(
                    r -> {
                      Thread t = new Thread(r, "vorzimmer-stun");
                      t.setDaemon(true);
                      return t;
                    }));
  }

  /** Looks up now, blocking for at most {@link #BUDGET}; the result applies at once. */
  public void lookUpNow() {
    server.ifPresent(this::lookUp);
  }

  /** Looks up in the background (for example after the local address changed). */
  public void lookUpLater() {
    server.ifPresent(s -> worker.ifPresent(w -> w.execute(() -> lookUp(s))));
  }

  @Override
  public void close() {
    worker.ifPresent(ExecutorService::shutdownNow);
  }

  /** Why the last lookup found nothing ("" when it worked or there is no STUN server). */
  public String problem() {
    return problem;
  }

  private void lookUp(StunServer stun) {
    StunClient.Result result = client.query(stun.host(), stun.port(), address.bindHost(), BUDGET);
    Optional<InetSocketAddress> mapped = result.mapped();
    address.mediaAddress(mapped.map(InetSocketAddress::getAddress));
    problem = mapped.isPresent() ? "" : result.problem() + "; calls use the local address in SDP";
    if (mapped.isPresent()) {
      LOG.info("STUN {}:{} sees us at {}", stun.host(), stun.port(), mapped.get());
    } else {
      LOG.warn("{}", problem);
    }
  }
}
