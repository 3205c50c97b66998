package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
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
import java.util.function.Supplier;
import javax.sip.ResponseEvent;
import javax.sip.header.MinExpiresHeader;
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
 * ProviderTuning.authRetry} (the provider may be fixing its side). State, back-off and timers are
 * in {@link RegistrationRetries}; on TLS the REGISTER waits for its connection ({@link
 * RegisterSender#sendWhenConnected}), which is never made on this thread.
 */
final class RegistrationClient implements ClientResponseHandler {
  /** A registrar asking for a longer pause than this is retried after this anyway. */
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(RegistrationClient.class);

  private final AccountConfig account;
  private final AgentTuning tuning;
  private final RequestBuilder requests;
  private final RegisterChallenges challenges;
  private final KeepAlive keepAlive;
  private final FirstHop hop;
  private final RegisterSender sender;
  private final AddressTracker addresses;
  private final RegistrationRetries status;
  private final RegistrationWatch watch;
  private final RegisterFailover failover;

  private int requestedExpires;

  /** What a registration client works with besides the account. */
  record Provider(
      ProviderRoute route,
      DigestRealms realms,
      AuthenticationHelper digest,
      Supplier<CompletableFuture<Resolution>> resolver,
      Optional<TlsConnector> tls) {}

  RegistrationClient(
      SipContext context,
      AccountConfig account,
      AgentTuning tuning,
      ListenerBus bus,
      Provider provider,
      MediaAddressLookup stun) {
    this.account = account;
    this.tuning = tuning;
    this.challenges =
        new RegisterChallenges(context, account, provider.digest(), provider.realms());
    this.hop = new FirstHop(context, account, provider.route(), provider.resolver());
    this.requests = new RequestBuilder(context, account, provider.route());
    this.addresses = new AddressTracker(context, account, requests, stun, provider.route());
    this.keepAlive =
        new KeepAlive(
            context, account, tuning.keepAlive(), requests, this::keepAliveFailed, provider.tls());
    this.status =
        new RegistrationRetries(
            context,
            account,
            tuning,
            bus,
            () -> {
              keepAlive.stop();
              cancelTimers();
            },
            reason -> attempt(reason, false));
    this.sender =
        new RegisterSender(
            context,
            requests,
            this,
            tuning.responseTimeout(),
            this::timedOut,
            provider.tls(),
            provider.route());
    this.failover =
        new RegisterFailover(
            account,
            hop,
            status,
            sender,
            () -> {
              cancelTimers();
              challenges.reset();
              send(() -> requests.register(requestedExpires));
            });
    this.watch =
        new RegistrationWatch(
            account,
            hop,
            status,
            new RegistrationWatch.Steps(
                sender::inFlight,
                r -> failover.failCurrent(r),
                r -> attempt(r, false),
                this::target));
    this.requestedExpires = account.expiresSeconds();
  }

  /** Starts registering from scratch (first start or the user's "re-register"). */
  void register() {
    if (status.unregistering()) {
      return;
    }
    status.resetFailures();
    requestedExpires = account.expiresSeconds();
    attempt("registering", false);
  }

  /** Removes our contact (expires=0) if we may be registered; completes when answered or failed. */
  CompletableFuture<Void> unregister() {
    if (status.unregistering()) {
      return status.unregistered();
    }
    CompletableFuture<Void> done = status.startUnregistering();
    cancelTimers();
    keepAlive.stop();
    if (!status.registeredBefore()) {
      status.finishUnregister("stopped before any registration");
      return done;
    }
    status.publish(
        RegistrationState.UNREGISTERING, 0, null, "removing our contact from the registrar");
    challenges.reset();
    send(() -> requests.register(0));
    return done;
  }

  /** The stack reported a network error towards host:port (for example TCP connection lost). */
  void onNetworkError(String host, int port, String transport) {
    watch.onNetworkError(host, port, transport);
  }

  /** The TLS connection to {@code peer} ended: register again over a new connection. */
  void onConnectionLost(java.net.InetSocketAddress peer) {
    watch.onConnectionLost(peer);
  }

  @Override
  public void onResponse(ResponseEvent event) {
    Response response = event.getResponse();
    if (!sender.isCurrent(event.getClientTransaction()) || response.getStatusCode() < 200) {
      return;
    }
    sender.done();
    int code = response.getStatusCode();
    if (code >= 500
        && !status.unregistering()
        && failover.tryNext(code + " " + response.getReasonPhrase())) {
      return;
    }
    if (code < 500) {
      hop.confirm();
    }
    if (code < 300) {
      onSuccess(response);
    } else if (code == Response.UNAUTHORIZED || code == Response.PROXY_AUTHENTICATION_REQUIRED) {
      onChallenge(event);
    } else if (code == Response.FORBIDDEN) {
      status.authFailed("authentication failed: 403 from registrar");
    } else if (code == Response.INTERVAL_TOO_BRIEF) {
      onIntervalTooBrief(response);
    } else {
      status.fail(
          "registrar answered " + code + " " + response.getReasonPhrase(),
          Headers.retryAfter(response, MAX_RETRY_AFTER));
    }
  }

  @Override
  public void onFailure(ClientTransactionFailure failure) {
    if (sender.isCurrent(failure.transaction())) {
      failover.failCurrent(failure.reason());
    }
  }

  /**
   * Resolves the first hop, then sends a REGISTER; a quiet attempt (refresh while registered)
   * publishes no REGISTERING event.
   */
  private void attempt(String reason, boolean quiet) {
    cancelTimers();
    failover.reset();
    challenges.reset();
    if (!quiet) {
      status.publish(RegistrationState.REGISTERING, 0, null, reason);
    }
    hop.resolve(
        () -> {
          addresses.recheck(); // towards the address just resolved
          send(() -> requests.register(requestedExpires));
        },
        unresolved -> status.retryLater(unresolved, tuning.provider().dnsRetry()));
  }

  private void onSuccess(Response response) {
    if (status.unregistering()) {
      status.finishUnregister("unregistered");
      return;
    }
    int granted = requests.grantedExpires(response, requestedExpires);
    Optional<String> rewrite = addresses.afterSuccess(response);
    String note = addresses.note().isEmpty() ? "" : "; note: " + addresses.note();
    status.registered(granted, "registered for " + granted + " s" + note);
    if (rewrite.isPresent()) {
      LOG.info("{}: {}", account.aor(), rewrite.get());
      attempt(rewrite.get(), true);
      return;
    }
    status.schedule(RefreshPolicy.refreshDelay(granted), () -> attempt("refreshing", true));
    addresses.watch(tuning.keepAlive(), change -> attempt(change, false));
    keepAlive.start();
  }

  private void onChallenge(ResponseEvent event) {
    RegisterChallenges.Answer answer = challenges.answer(event);
    if (answer.failure().isPresent()) {
      status.authFailed(answer.failure().get());
      return;
    }
    try {
      sender.send(answer.retry().get());
    } catch (Exception e) {
      LOG.warn("cannot send the digest answer for {}", account.aor(), e);
      status.fail(
          "cannot send the digest answer (" + Transactions.describe(e) + ")", Duration.ZERO);
    }
  }

  private void onIntervalTooBrief(Response response) {
    MinExpiresHeader min = (MinExpiresHeader) response.getHeader(MinExpiresHeader.NAME);
    if (!status.unregistering() && min != null && min.getExpires() > requestedExpires) {
      LOG.info(
          "registrar wants at least {} s instead of {} s for {}",
          min.getExpires(),
          requestedExpires,
          account.aor());
      requestedExpires = min.getExpires();
      attempt(
          "registering with Min-Expires " + requestedExpires + " s",
          status.state() == RegistrationState.REGISTERED);
    } else {
      status.fail(
          "registrar answered 423 Interval Too Brief without a usable Min-Expires", Duration.ZERO);
    }
  }

  /** Sends a REGISTER (over TLS once connected); a failure moves on like an unanswered one. */
  private void send(RegisterSender.RequestSupplier supplier) {
    sender.sendWhenConnected(supplier, failover::sendFailed);
  }

  private void keepAliveFailed(String reason) {
    watch.onKeepAliveFailed(reason);
  }

  private void timedOut() {
    failover.failCurrent(
        target() + " did not answer within " + tuning.responseTimeout().toMillis() + " ms");
  }

  private String target() {
    return hop.describe();
  }

  private void cancelTimers() {
    hop.cancel();
    status.cancel();
    addresses.stopWatching();
    sender.abandon();
  }
}
