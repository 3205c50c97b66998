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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running SIP stack of one agent: receives every JAIN-SIP callback and moves it onto the single
 * event thread, dispatches requests per method and responses to the handler of their client
 * transaction.
 */
public final class JainSipEngine implements SipListener {

  private static final Logger LOG = LoggerFactory.getLogger(JainSipEngine.class);

  private final StackResources resources;
  private final SipContext context;
  private final Map<String, RequestHandler> requestHandlers;
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
    this.requestHandlers = calls.handlers();
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
      resources.context().provider().addSipListener(engine);
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

  /** Answers a ringing incoming call (200 OK, live audio); no-op in other states. */
  public void answer(String callId) {
    calls.answer(callId);
  }

  /** Declines a screening or ringing incoming call with {@code status}. */
  public void decline(String callId, int status) {
    calls.decline(callId, status);
  }

  /** Hands a ringing incoming call to the answering machine. */
  public void sendToVoicemail(String callId) {
    calls.sendToVoicemail(callId);
  }

  /** Ends a call whatever its state: decline, CANCEL or BYE. */
  public void hangUp(String callId) {
    calls.hangUp(callId);
  }

  /** Holds or resumes an active call with a re-INVITE. */
  public void hold(String callId, boolean on) {
    calls.hold(callId, on);
  }

  /**
   * Places a call to the SIP URI {@code target} under {@code callId}; {@code peer} is what events
   * show.
   */
  public void call(String callId, String target, String peer) {
    calls.place(callId, target, peer);
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
      CompletableFuture.supplyAsync(() -> calls.endAll(reason), context.events())
          .thenCompose(f -> f)
          .get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warn(
          "calls did not end within {} ms; ending them without the peers' answers",
          budget.toMillis());
      try {
        CompletableFuture.runAsync(() -> calls.forceEndAll(reason), context.events())
            .get(1, TimeUnit.SECONDS);
      } catch (TimeoutException | ExecutionException e2) {
        LOG.warn("could not end the remaining calls", e2);
      }
    } catch (ExecutionException e) {
      LOG.warn("ending the calls failed", e);
    }
  }

  @Override
  public void processRequest(RequestEvent event) {
    context.events().execute(() -> dispatchRequest(event));
  }

  @Override
  public void processResponse(ResponseEvent event) {
    context
        .events()
        .execute(
            () -> {
              ClientResponseHandler handler = handlerOf(event.getClientTransaction());
              if (handler == null
                  && event.getDialog() != null
                  && event.getResponse().getStatusCode() / 100 == 2) {
                handler = calls.outgoingHandler();
              }
              if (handler == null) {
                LOG.debug(
                    "response without our transaction: {}", event.getResponse().getStatusCode());
                return;
              }
              try {
                handler.onResponse(event);
              } catch (RuntimeException e) {
                LOG.warn(
                    "could not handle response {} for Call-ID {}",
                    event.getResponse().getStatusCode(),
                    CallControl.callIdOf(event.getResponse()),
                    e);
              }
            });
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    if (event.isServerTransaction()) {
      return;
    }
    context
        .events()
        .execute(
            () -> {
              ClientResponseHandler handler = handlerOf(event.getClientTransaction());
              if (handler != null) {
                handler.onFailure(
                    new ClientResponseHandler.ClientTransactionFailure(
                        event.getClientTransaction(), "transaction timed out"));
              }
            });
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    LOG.info(
        "network error towards {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
    context
        .events()
        .execute(
            () ->
                registration.ifPresent(
                    r -> r.onNetworkError(event.getHost(), event.getPort(), event.getTransport())));
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {
    // transactions end on their own; our handlers already saw the final response or timeout
  }

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {
    // calls end through BYE/CANCEL handling and their own timers, not through the stack's dialog
    // reaping
  }

  private static String callIdOf(Request request) {
    javax.sip.header.CallIdHeader callId =
        (javax.sip.header.CallIdHeader) request.getHeader("Call-ID");
    return callId == null ? "none" : callId.getCallId();
  }

  private static String sourceOf(Request request) {
    gov.nist.javax.sip.message.SIPMessage message = (gov.nist.javax.sip.message.SIPMessage) request;
    return message.getPeerPacketSourceAddress() == null
        ? "unknown"
        : message.getPeerPacketSourceAddress().getHostAddress()
            + ":"
            + message.getPeerPacketSourcePort();
  }

  private static ClientResponseHandler handlerOf(ClientTransaction transaction) {
    if (transaction != null
        && transaction.getApplicationData() instanceof ClientResponseHandler handler) {
      return handler;
    }
    return null;
  }

  private void dispatchRequest(RequestEvent event) {
    Request request = event.getRequest();
    String method = request.getMethod();
    RequestHandler handler = requestHandlers.get(method);
    try {
      if (handler != null) {
        handler.handle(event, context);
      } else if (!Request.ACK.equals(method)) {
        Response notImplemented =
            context.messages().createResponse(Response.NOT_IMPLEMENTED, request);
        calls.addAllow(notImplemented);
        context.provider().sendResponse(notImplemented);
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "could not handle {} (Call-ID {}) from {}",
          method,
          callIdOf(request),
          sourceOf(request),
          e);
    } catch (Exception e) {
      LOG.info(
          "could not answer {} (Call-ID {}) from {}: {}",
          method,
          callIdOf(request),
          sourceOf(request),
          Transactions.describe(e));
      LOG.debug("answer failure", e);
    }
  }
}
