package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.ListenerBus;
import dev.vorzimmer.sip.internal.MediaAddressLookup;
import dev.vorzimmer.sip.internal.RefreshPolicy;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registration state machine of one account. Every method runs on the SIP event thread, which owns all
 * fields; timers are scheduled on that same thread.
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
    private final AuthenticationHelper digest;
    private final KeepAlive keepAlive;
    private final AddressTracker addresses;

    private RegistrationState state = RegistrationState.UNREGISTERED;
    private int requestedExpires;
    private ClientTransaction current;
    private int challengesAnswered;
    private int failures;
    private boolean registeredBefore;
    private CompletableFuture<Void> unregistered;
    private ScheduledFuture<?> nextAttempt;
    private ScheduledFuture<?> responseTimeout;

    RegistrationClient(SipContext context, AccountConfig account, AgentTuning tuning, ListenerBus bus,
                       AuthenticationHelper digest, MediaAddressLookup stun) {
        this.context = context;
        this.account = account;
        this.tuning = tuning;
        this.bus = bus;
        this.digest = digest;
        this.requests = new RequestBuilder(context, account);
        this.addresses = new AddressTracker(context, account, requests, stun);
        this.keepAlive = new KeepAlive(context, account, tuning.keepAlive(), requests, this::onKeepAliveFailed);
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
        challengesAnswered = 0;
        send(() -> requests.register(0));
        return unregistered;
    }

    /** The stack reported a network error towards host:port (for example TCP connection lost). */
    void onNetworkError(String host, int port, String transport) {
        if (!account.registrarHost().equalsIgnoreCase(host) || account.registrarPort() != port) {
            return;
        }
        String reason = "network error towards registrar " + host + ":" + port + "/" + transport;
        if (current != null) {
            failCurrent(reason);
        } else if (state == RegistrationState.REGISTERED) {
            onKeepAliveFailed(reason);
        }
    }

    @Override
    public void onResponse(ResponseEvent event) {
        Response response = event.getResponse();
        if (event.getClientTransaction() != current || response.getStatusCode() < 200) {
            return;
        }
        current = null;
        cancel(responseTimeout);
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
            onSuccess(response);
        } else if (status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED) {
            onChallenge(event);
        } else if (status == Response.FORBIDDEN) {
            authFailed("authentication failed: 403 from registrar");
        } else if (status == Response.INTERVAL_TOO_BRIEF) {
            onIntervalTooBrief(response);
        } else {
            fail("registrar answered " + status + " " + response.getReasonPhrase(), Headers.retryAfter(response, MAX_RETRY_AFTER));
        }
    }

    @Override
    public void onFailure(ClientTransactionFailure failure) {
        if (failure.transaction() == current) {
            failCurrent(failure.reason());
        }
    }

    /** Sends a REGISTER; a quiet attempt (refresh while registered) publishes no REGISTERING event. */
    private void attempt(String reason, boolean quiet) {
        cancelTimers();
        challengesAnswered = 0;
        addresses.recheck();
        if (!quiet) {
            publish(RegistrationState.REGISTERING, 0, null, reason);
        }
        send(() -> requests.register(requestedExpires));
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
        nextAttempt = context.events().schedule(() -> attempt("refreshing", true), refreshIn.toMillis(), TimeUnit.MILLISECONDS);
        addresses.watch(tuning.keepAlive(), change -> attempt(change, false));
        keepAlive.start();
    }

    private void onChallenge(ResponseEvent event) {
        Response response = event.getResponse();
        if (challengesAnswered >= allowedChallenges(response)) {
            authFailed("authentication failed: " + response.getStatusCode() + " from registrar");
            return;
        }
        challengesAnswered++;
        try {
            ClientTransaction retry = digest.handleChallenge(response, event.getClientTransaction(),
                    context.provider(), 0);
            sendTransaction(retry);
        } catch (Exception e) {
            LOG.warn("cannot answer digest challenge for {}", account.aor(), e);
            authFailed("authentication failed: cannot answer challenge (" + e.getMessage() + ")");
        }
    }

    /** One answer per challenge; a second only if the registrar says our nonce was merely stale. */
    private static int allowedChallenges(Response response) {
        String header = response.getStatusCode() == Response.UNAUTHORIZED ? WWWAuthenticateHeader.NAME
                : "Proxy-Authenticate";
        WWWAuthenticateHeader challenge = (WWWAuthenticateHeader) response.getHeader(header);
        boolean stale = challenge != null && "true".equalsIgnoreCase(challenge.getParameter("stale"));
        return stale ? 2 : 1;
    }

    private void onIntervalTooBrief(Response response) {
        MinExpiresHeader min = (MinExpiresHeader) response.getHeader(MinExpiresHeader.NAME);
        if (unregistered == null && min != null && min.getExpires() > requestedExpires) {
            LOG.info("registrar wants at least {} s instead of {} s for {}", min.getExpires(), requestedExpires,
                    account.aor());
            requestedExpires = min.getExpires();
            attempt("registering with Min-Expires " + requestedExpires + " s", state == RegistrationState.REGISTERED);
        } else {
            fail("registrar answered 423 Interval Too Brief without a usable Min-Expires");
        }
    }

    private void authFailed(String reason) {
        if (unregistered != null) {
            finishUnregister("unregister refused: " + reason);
            return;
        }
        keepAlive.stop();
        cancelTimers();
        publish(RegistrationState.AUTH_FAILED, 0, null, reason);
    }

    private void failCurrent(String reason) {
        if (current == null) {
            return;
        }
        current = null;
        cancel(responseTimeout);
        fail(reason);
    }

    private void fail(String reason) {
        fail(reason, Duration.ZERO);
    }

    /** Schedules the next attempt after the back-off, but never before {@code notBefore} (a Retry-After). */
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
        nextAttempt = context.events().schedule(() -> attempt("retrying after: " + reason, false), retryIn.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void onKeepAliveFailed(String reason) {
        if (current != null || unregistered != null || state != RegistrationState.REGISTERED) {
            return;
        }
        LOG.info("keep-alive to registrar failed for {} ({}); registering again", account.aor(), reason);
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
            Request request = supplier.get();
            sendTransaction(context.provider().getNewClientTransaction(request));
        } catch (Exception e) {
            LOG.info("cannot send REGISTER for {} to {}:{}: {}", account.aor(), account.registrarHost(),
                    account.registrarPort(), Transactions.describe(e));
            LOG.debug("REGISTER send failure", e);
            fail("cannot reach registrar " + account.registrarHost() + ":" + account.registrarPort() + " ("
                    + Transactions.describe(e) + ")");
        }
    }

    private void sendTransaction(ClientTransaction transaction) throws Exception {
        transaction.setApplicationData(this);
        requests.noteSent(transaction.getRequest());
        current = transaction;
        long timeoutMillis = tuning.responseTimeout().toMillis();
        responseTimeout = context.events().schedule(() -> onResponseTimeout(transaction), timeoutMillis,
                TimeUnit.MILLISECONDS);
        transaction.sendRequest();
    }

    private void onResponseTimeout(ClientTransaction transaction) {
        if (transaction != current) {
            return;
        }
        Transactions.terminateQuietly(transaction);
        failCurrent("registrar " + account.registrarHost() + ":" + account.registrarPort() + " did not answer within "
                + tuning.responseTimeout().toMillis() + " ms");
    }

    private void publish(RegistrationState newState, int expires, Duration retryIn, String reason) {
        state = newState;
        bus.publish(new RegistrationEvent(newState, account.aor(), expires, Optional.ofNullable(retryIn), reason));
    }

    private void cancelTimers() {
        cancel(nextAttempt);
        cancel(responseTimeout);
        addresses.stopWatching();
        if (current != null) {
            Transactions.terminateQuietly(current);
            current = null;
        }
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
