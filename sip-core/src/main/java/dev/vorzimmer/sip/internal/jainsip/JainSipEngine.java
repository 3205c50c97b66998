package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.IncomingCallPolicy;
import dev.vorzimmer.sip.SipSettings;
import dev.vorzimmer.sip.internal.AdvertisedAddress;
import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.ListenerBus;
import dev.vorzimmer.sip.internal.LocalAddress;
import dev.vorzimmer.sip.internal.MediaAddressLookup;
import dev.vorzimmer.sip.internal.ProviderTuning;
import dev.vorzimmer.sip.internal.dns.DnsLookup;
import dev.vorzimmer.sip.internal.dns.SipServerResolver;
import dev.vorzimmer.sip.internal.dns.SipServerResolver.Resolution;
import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running SIP stack of one agent: opens it, wires registration and calls on the single event
 * thread (JAIN-SIP's callbacks reach them through {@link StackEvents}), and shuts it all down.
 */
public final class JainSipEngine {

  private static final Logger LOG = LoggerFactory.getLogger(JainSipEngine.class);

  private final StackResources resources;
  private final SipContext context;
  private final Optional<RegistrationClient> registration;
  private final CallService calls;
  private final ExecutorService dns;
  private final MediaAddressLookup stun;

  /**
   * What the agent hands the engine for calls.
   *
   * @param contactUser user part of our Contact (the account user, or the local-line user)
   * @param localAor our address of record, the From of outgoing calls
   */
  public record CallWiring(
      String contactUser,
      String localAor,
      Supplier<CallSettings> settings,
      IncomingCallPolicy policy,
      CallMedia media) {}

  private JainSipEngine(
      StackResources resources,
      SipSettings settings,
      AgentTuning tuning,
      ListenerBus bus,
      CallWiring wiring) {
    this.resources = resources;
    this.context = resources.context();
    Optional<AccountConfig> account = settings.account();
    this.stun = new MediaAddressLookup(settings.stun(), context.advertised());
    this.dns =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "vorzimmer-dns");
              thread.setDaemon(true);
              return thread;
            });
    ProviderRoute route = new ProviderRoute();
    DigestRealms realms = new DigestRealms(account.flatMap(a -> a.provider().realm()));
    Optional<AuthenticationHelper> digest = account.map(a -> digest(a, realms));
    this.registration =
        account.map(
            a ->
                new RegistrationClient(
                    context,
                    a,
                    tuning,
                    bus,
                    new RegistrationClient.Provider(
                        route,
                        realms,
                        digest.get(),
                        resolver(a, tuning.provider()),
                        resources.tls().map(TlsNetworkLayer::connector)),
                    stun));
    this.calls =
        new CallService(
            context,
            bus,
            new CallService.Config(
                account,
                wiring.contactUser(),
                wiring.localAor(),
                wiring.settings(),
                tuning,
                wiring.policy(),
                wiring.media()),
            new CallService.Provider(route, realms, digest));
    resources.tls().ifPresent(tls -> tls.onClosed(this::connectionLost));
  }

  /** Called on a connection's reader thread: moves the news onto the event thread. */
  private void connectionLost(java.net.InetSocketAddress peer) {
    try {
      context.events().execute(() -> registration.ifPresent(r -> r.onConnectionLost(peer)));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      LOG.debug("TLS connection to {} ended while the agent stops", peer);
    }
  }

  private AuthenticationHelper digest(AccountConfig account, DigestRealms realms) {
    return ((SipStackExt) resources.stack())
        .getAuthenticationHelper(new DigestAccount(account, realms), context.headers());
  }

  /**
   * Resolves the account's first hop on the "vorzimmer-dns" thread, never on the SIP event thread.
   */
  private Supplier<CompletableFuture<Resolution>> resolver(
      AccountConfig account, ProviderTuning tuning) {
    SipServerResolver resolver =
        new SipServerResolver(
            new DnsLookup(tuning.dnsServer(), (int) tuning.dnsTimeout().toMillis(), 1));
    return () ->
        CompletableFuture.supplyAsync(
            () -> resolver.resolve(account.firstHop(), account.transport()), dns);
  }

  /**
   * Binds UDP and TCP on the listen address and starts registering if an account is configured.
   *
   * @throws IOException if the listen address cannot be bound (message names address and cause)
   */
  public static JainSipEngine start(
      SipSettings settings, AgentTuning tuning, ListenerBus bus, CallWiring wiring)
      throws IOException {
    return start(settings, tuning, bus, wiring, LocalAddress.KERNEL);
  }

  /**
   * As above, choosing the address to advertise with {@code chooser} (tests script address
   * changes).
   */
  public static JainSipEngine start(
      SipSettings settings,
      AgentTuning tuning,
      ListenerBus bus,
      CallWiring wiring,
      LocalAddress.Chooser chooser)
      throws IOException {
    StackResources resources = StackResources.open(settings, chooser);
    JainSipEngine engine;
    try {
      engine = new JainSipEngine(resources, settings, tuning, bus, wiring);
    } catch (RuntimeException e) {
      resources.close();
      throw e;
    }
    try {
      resources
          .context()
          .provider()
          .addSipListener(new StackEvents(engine.context, engine.registration, engine.calls));
    } catch (java.util.TooManyListenersException e) {
      resources.close();
      throw new IllegalStateException("SIP provider already has a listener", e);
    }
    engine.stun.lookUpNow();
    engine.registration.ifPresent(r -> engine.context.events().execute(r::register));
    return engine;
  }

  /** Starts a fresh registration attempt (no-op on a local line). */
  public void reRegister() {
    registration.ifPresent(r -> context.events().execute(r::register));
  }

  /** The user's call commands (answer, decline, hang up …), each implemented once. */
  public CallCommands commands() {
    return calls.commands();
  }

  /** The addresses this agent advertises (read from any thread). */
  public AdvertisedAddress advertised() {
    return context.advertised();
  }

  /** What went wrong finding our public address via STUN ("" if nothing or no STUN server). */
  public String stunProblem() {
    return stun.problem();
  }

  /** A fresh Call-ID with our advertised address as its host. */
  public String newCallId() {
    return context.advertised().newCallId();
  }

  /**
   * Ends every call (BYE, CANCEL or 480; up to half of {@code timeout} for the peers' answers, then
   * the rest are ended without them), unregisters (bounded by the rest of {@code timeout}), then
   * releases the ports and the threads. Ending a call closes its media: recordings are finished,
   * RTP sockets and live audio closed.
   */
  public void shutdown(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      endCalls(timeout.dividedBy(2));
      if (registration.isPresent()) {
        CompletableFuture<CompletableFuture<Void>> started =
            CompletableFuture.supplyAsync(registration.get()::unregister, context.events());
        long left = Math.max(TimeUnit.MILLISECONDS.toNanos(200), deadline - System.nanoTime());
        started.thenCompose(f -> f).get(left, TimeUnit.NANOSECONDS);
      }
    } catch (TimeoutException e) {
      LOG.warn("unregistering did not finish within {} ms; stopping anyway", timeout.toMillis());
    } catch (ExecutionException e) {
      LOG.warn("unregistering failed; stopping anyway", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("interrupted while unregistering; stopping anyway");
    } finally {
      dns.shutdownNow();
      stun.close();
      resources.close();
    }
  }

  /**
   * Ends every call, waiting up to {@code budget} for the peers; calls left then end without them.
   */
  private void endCalls(Duration budget) throws InterruptedException {
    String reason = "the phone is stopping";
    try {
      CompletableFuture.supplyAsync(() -> calls.commands().endAll(reason), context.events())
          .thenCompose(f -> f)
          .get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warn(
          "calls did not end within {} ms; ending them without the peers' answers",
          budget.toMillis());
      try {
        CompletableFuture.runAsync(() -> calls.commands().forceEndAll(reason), context.events())
            .get(1, TimeUnit.SECONDS);
      } catch (TimeoutException | ExecutionException e2) {
        LOG.warn("could not end the remaining calls", e2);
      }
    } catch (ExecutionException e) {
      LOG.warn("ending the calls failed", e);
    }
  }
}
