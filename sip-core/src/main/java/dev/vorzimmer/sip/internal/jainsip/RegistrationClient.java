package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.ListenerBus;
import dev.vorzimmer.sip.internal.MediaAddressLookup;
import dev.vorzimmer.sip.internal.RefreshPolicy;
import dev.vorzimmer.sip.internal.dns.SipServerResolver.Resolution;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sip.ResponseEvent;
import javax.sip.header.MinExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registration state machine of one account. Every method runs on the SIP event thread, which
 * owns all fields; timers are scheduled on that same thread.
 *
 * <p>Each attempt (first, refresh, retry) resolves the first hop (outbound proxy, else registrar)
 * anew, off this thread, and fails over to the next resolved address on a timeout, a transport
 * error or a 5xx. A name that does not resolve is retried after {@code ProviderTuning.dnsRetry}.
 * Authentication failures: on the first registration they are final ({@code AUTH_FAILED}, the user
 * has to fix the password); once we were registered, a refused refresh is retried every {@code
 * ProviderTuning.authRetry} (the provider may be fixing its side).
 */
final class RegistrationClient implements ClientResponseHandler {
  /** A registrar asking for a longer pause than this is retried after this anyway. */
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(RegistrationClient.class);

  private final SipContext context;
  private final AccountConfig account;
  private final AgentTuning tuning;
  private final ListenerBus bus;
  private final RequestBuilder requests;
  private final RegisterChallenges challenges;
  private final KeepAlive keepAlive;
  private final FirstHop hop;
  private final RegisterSender sender;
  private final AddressTracker addresses;

  private RegistrationState state = RegistrationState.UNREGISTERED;
  private int requestedExpires;
  private int failures;
  private boolean registeredBefore;
  private CompletableFuture<Void> unregistered;
  private ScheduledFuture<?> nextAttempt;
  private String tlsProblem;

  /** What a registration client works with besides the account. */
  record Provider(
      ProviderRoute route,
      DigestRealms realms,
      AuthenticationHelper digest,
      Supplier<CompletableFuture<Resolution>> resolver) {}

  RegistrationClient(
      SipContext context,
      AccountConfig account,
      AgentTuning tuning,
      ListenerBus bus,
      Provider provider,
      MediaAddressLookup stun) {
    this.context = context;
    this.account = account;
    this.tuning = tuning;
    this.bus = bus;
    this.challenges =
        new RegisterChallenges(context, account, provider.digest(), provider.realms());
    this.hop = new FirstHop(context, account, provider.route(), provider.resolver());
    this.requests = new RequestBuilder(context, account, provider.route());
    this.addresses = new AddressTracker(context, account, requests, stun, provider.route());
    this.keepAlive =
        new KeepAlive(context, account, tuning.keepAlive(), requests, this::onKeepAliveFailed);
    this.sender =
        new RegisterSender(
            context,
            requests,
            this,
            tuning.responseTimeout(),
            () ->
                failCurrent(
                    target()
                        + " did not answer within "
                        + tuning.responseTimeout().toMillis()
                        + " ms"));
    this.requestedExpires = account.expiresSeconds();
  }

  /** Starts registering from scratch (first start or the user's "re-register"). */
  void register() {
    if (unregistered != null) {
      return;
    }
    failures = 0;
    requestedExpires = account.expiresSeconds();
    attempt("registering", false);
  }

  /** Removes our contact (expires=0) if we may be registered; completes when answered or failed. */
  CompletableFuture<Void> unregister() {
    if (unregistered != null) {
      return unregistered;
    }
    unregistered = new CompletableFuture<>();
    cancelTimers();
    keepAlive.stop();
    if (!registeredBefore) {
      finishUnregister("stopped before any registration");
      return unregistered;
    }
    publish(RegistrationState.UNREGISTERING, 0, null, "removing our contact from the registrar");
    challenges.reset();
    send(() -> requests.register(0));
    return unregistered;
  }

  /** The stack reported a network error towards host:port (for example TCP connection lost). */
  void onNetworkError(String host, int port, String transport) {
    if (!hop.isCurrent(host, port)) {
      return;
    }
    String reason = "network error towards " + host + ":" + port + "/" + transport;
    if (sender.inFlight()) {
      failCurrent(reason);
    } else if (state == RegistrationState.REGISTERED) {
      onKeepAliveFailed(reason);
    }
  }

  /**
   * The TLS connection to {@code peer} ended (closed by the provider, or broken): calls could no
   * longer reach us over it, so we register again over a new connection.
   */
  void onConnectionLost(java.net.InetSocketAddress peer) {
    String host = peer.getAddress().getHostAddress();
    if (unregistered != null || !hop.isCurrent(host, peer.getPort())) {
      return;
    }
    String reason = "the TLS connection to " + target() + " was closed";
    if (sender.inFlight()) {
      failCurrent(reason);
    } else if (state == RegistrationState.REGISTERED) {
      LOG.info("{} for {}; connecting and registering again", reason, account.aor());
      attempt(reason + "; connecting again", false);
    }
  }

  @Override
  public void onResponse(ResponseEvent event) {
    Response response = event.getResponse();
    if (!sender.isCurrent(event.getClientTransaction()) || response.getStatusCode() < 200) {
      return;
    }
    sender.done();
    int status = response.getStatusCode();
    if (status >= 500
        && unregistered == null
        && tryNextTarget(status + " " + response.getReasonPhrase())) {
      return;
    }
    if (status < 500) {
      hop.confirm();
    }
    if (status >= 200 && status < 300) {
      onSuccess(response);
    } else if (status == Response.UNAUTHORIZED
        || status == Response.PROXY_AUTHENTICATION_REQUIRED) {
      onChallenge(event);
    } else if (status == Response.FORBIDDEN) {
      authFailed("authentication failed: 403 from registrar");
    } else if (status == Response.INTERVAL_TOO_BRIEF) {
      onIntervalTooBrief(response);
    } else {
      fail(
          "registrar answered " + status + " " + response.getReasonPhrase(),
          Headers.retryAfter(response, MAX_RETRY_AFTER));
    }
  }

  @Override
  public void onFailure(ClientTransactionFailure failure) {
    if (sender.isCurrent(failure.transaction())) {
      failCurrent(failure.reason());
    }
  }

  /**
   * Resolves the first hop, then sends a REGISTER; a quiet attempt (refresh while registered)
   * publishes no REGISTERING event.
   */
  private void attempt(String reason, boolean quiet) {
    cancelTimers();
    tlsProblem = null;
    challenges.reset();
    if (!quiet) {
      publish(RegistrationState.REGISTERING, 0, null, reason);
    }
    hop.resolve(
        () -> {
          addresses.recheck(); // towards the address just resolved
          send(() -> requests.register(requestedExpires));
        },
        unresolved -> retryLater(unresolved, tuning.provider().dnsRetry()));
  }

  /**
   * After a failure of the current target: sends the same REGISTER to the next resolved address, if
   * any.
   */
  private boolean tryNextTarget(String reason) {
    if (!hop.next(reason)) {
      return false;
    }
    cancelTimers();
    challenges.reset();
    send(() -> requests.register(requestedExpires));
    return true;
  }

  private void onSuccess(Response response) {
    if (unregistered != null) {
      finishUnregister("unregistered");
      return;
    }
    int granted = requests.grantedExpires(response, requestedExpires);
    failures = 0;
    registeredBefore = true;
    Optional<String> rewrite = addresses.afterSuccess(response);
    String note = addresses.note().isEmpty() ? "" : "; note: " + addresses.note();
    publish(RegistrationState.REGISTERED, granted, null, "registered for " + granted + " s" + note);
    if (rewrite.isPresent()) {
      LOG.info("{}: {}", account.aor(), rewrite.get());
      attempt(rewrite.get(), true);
      return;
    }
    Duration refreshIn = RefreshPolicy.refreshDelay(granted);
    nextAttempt =
        context
            .events()
            .schedule(
                () -> attempt("refreshing", true), refreshIn.toMillis(), TimeUnit.MILLISECONDS);
    addresses.watch(tuning.keepAlive(), change -> attempt(change, false));
    keepAlive.start();
  }

  private void onChallenge(ResponseEvent event) {
    RegisterChallenges.Answer answer = challenges.answer(event);
    if (answer.failure().isPresent()) {
      authFailed(answer.failure().get());
      return;
    }
    try {
      sender.send(answer.retry().get());
    } catch (Exception e) {
      LOG.warn("cannot send the digest answer for {}", account.aor(), e);
      fail("cannot send the digest answer (" + Transactions.describe(e) + ")");
    }
  }

  private void onIntervalTooBrief(Response response) {
    MinExpiresHeader min = (MinExpiresHeader) response.getHeader(MinExpiresHeader.NAME);
    if (unregistered == null && min != null && min.getExpires() > requestedExpires) {
      LOG.info(
          "registrar wants at least {} s instead of {} s for {}",
          min.getExpires(),
          requestedExpires,
          account.aor());
      requestedExpires = min.getExpires();
      attempt(
          "registering with Min-Expires " + requestedExpires + " s",
          state == RegistrationState.REGISTERED);
    } else {
      fail("registrar answered 423 Interval Too Brief without a usable Min-Expires");
    }
  }

  private void authFailed(String reason) {
    if (unregistered != null) {
      finishUnregister("unregister refused: " + reason);
      return;
    }
    if (registeredBefore) {
      retryLater(reason, tuning.provider().authRetry());
      return;
    }
    keepAlive.stop();
    cancelTimers();
    publish(RegistrationState.AUTH_FAILED, 0, null, reason);
  }

  /** A failure the back-off does not fit (DNS, refused refresh): retries after a fixed pause. */
  private void retryLater(String reason, Duration pause) {
    keepAlive.stop();
    cancelTimers();
    publish(RegistrationState.RETRYING, 0, pause, reason);
    nextAttempt =
        context
            .events()
            .schedule(
                () -> attempt("retrying after: " + reason, false),
                pause.toMillis(),
                TimeUnit.MILLISECONDS);
  }

  private void failCurrent(String reason) {
    if (!sender.inFlight()) {
      return;
    }
    sender.done();
    if (unregistered == null && tryNextTarget(reason)) {
      return;
    }
    fail(
        hop.size() > 1
            ? "all "
                + hop.size()
                + " addresses of "
                + account.firstHop()
                + " failed (last: "
                + (tlsProblem != null ? tlsProblem : reason)
                + ")"
            : reason);
  }

  private void fail(String reason) {
    fail(reason, Duration.ZERO);
  }

  /**
   * Schedules the next attempt after the back-off, but never before {@code notBefore} (a
   * Retry-After).
   */
  private void fail(String reason, Duration notBefore) {
    if (unregistered != null) {
      finishUnregister("unregister failed: " + reason);
      return;
    }
    keepAlive.stop();
    cancelTimers();
    failures++;
    Duration backoff = tuning.backoff().delay(failures);
    Duration retryIn = notBefore.compareTo(backoff) > 0 ? notBefore : backoff;
    publish(RegistrationState.RETRYING, 0, retryIn, reason);
    nextAttempt =
        context
            .events()
            .schedule(
                () -> attempt("retrying after: " + reason, false),
                retryIn.toMillis(),
                TimeUnit.MILLISECONDS);
  }

  private void onKeepAliveFailed(String reason) {
    if (sender.inFlight() || unregistered != null || state != RegistrationState.REGISTERED) {
      return;
    }
    LOG.info(
        "keep-alive to registrar failed for {} ({}); registering again", account.aor(), reason);
    attempt("keep-alive failed: " + reason, false);
  }

  private void finishUnregister(String reason) {
    keepAlive.stop();
    cancelTimers();
    publish(RegistrationState.UNREGISTERED, 0, null, reason);
    unregistered.complete(null);
  }

  private void send(RequestSupplier supplier) {
    try {
      sender.send(supplier.get());
    } catch (Exception e) {
      LOG.info(
          "cannot send REGISTER for {} to {}: {}",
          account.aor(),
          target(),
          Transactions.describe(e));
      LOG.debug("REGISTER send failure", e);
      Optional<String> tls = Transactions.tlsFailure(e);
      tls.ifPresent(t -> tlsProblem = t);
      String reason =
          tls.orElse("cannot reach " + target() + " (" + Transactions.describe(e) + ")");
      if (unregistered == null && tryNextTarget(reason)) {
        return;
      }
      fail(reason);
    }
  }

  private String target() {
    return hop.describe();
  }

  private void publish(RegistrationState newState, int expires, Duration retryIn, String reason) {
    state = newState;
    bus.publish(
        new RegistrationEvent(
            newState,
            account.aor(),
            expires,
            Optional.ofNullable(retryIn),
            reason,
            account.provider().displayName().orElse("")));
  }

  private void cancelTimers() {
    hop.cancel();
    cancel(nextAttempt);
    addresses.stopWatching();
    sender.abandon();
  }

  private static void cancel(ScheduledFuture<?> future) {
    if (future != null) {
      future.cancel(false);
    }
  }

  /** Builds a request; may throw the stack's checked exceptions. */
  @FunctionalInterface
  private interface RequestSupplier {
    Request get() throws Exception;
  }
}
