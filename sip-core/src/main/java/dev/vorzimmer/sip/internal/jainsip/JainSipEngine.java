package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.SipSettings;
import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.ListenerBus;
import gov.nist.javax.sip.SipStackExt;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * The running SIP stack of one agent: receives every JAIN-SIP callback and moves it onto the single event
 * thread, dispatches requests per method and responses to the handler of their client transaction.
 */
public final class JainSipEngine implements SipListener {

    private static final Logger LOG = LoggerFactory.getLogger(JainSipEngine.class);
    private static final List<String> ALLOWED = List.of(Request.OPTIONS);

    private final StackResources resources;
    private final SipContext context;
    private final Map<String, RequestHandler> requestHandlers;
    private final Optional<RegistrationClient> registration;

    private JainSipEngine(StackResources resources, Optional<AccountConfig> account, AgentTuning tuning,
                          ListenerBus bus) {
        this.resources = resources;
        this.context = resources.context();
        this.requestHandlers = Map.of(Request.OPTIONS, new OptionsHandler(ALLOWED));
        this.registration = account.map(a -> new RegistrationClient(context, a, tuning, bus,
                ((SipStackExt) resources.stack()).getAuthenticationHelper(new DigestAccount(a), context.headers())));
    }

    /**
     * Binds UDP and TCP on the listen address and starts registering if an account is configured.
     *
     * @throws IOException if the listen address cannot be bound (message names address and cause)
     */
    public static JainSipEngine start(SipSettings settings, AgentTuning tuning, ListenerBus bus) throws IOException {
        StackResources resources = StackResources.open(settings);
        JainSipEngine engine = new JainSipEngine(resources, settings.account(), tuning, bus);
        try {
            resources.context().provider().addSipListener(engine);
        } catch (java.util.TooManyListenersException e) {
            resources.close();
            throw new IllegalStateException("SIP provider already has a listener", e);
        }
        engine.registration.ifPresent(r -> engine.context.events().execute(r::register));
        return engine;
    }

    /** Starts a fresh registration attempt (no-op on a local line). */
    public void reRegister() {
        registration.ifPresent(r -> context.events().execute(r::register));
    }

    /** Unregisters (bounded by {@code timeout}), then releases the ports and the threads. */
    public void shutdown(Duration timeout) {
        try {
            if (registration.isPresent()) {
                CompletableFuture<CompletableFuture<Void>> started =
                        CompletableFuture.supplyAsync(registration.get()::unregister, context.events());
                started.thenCompose(f -> f).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (TimeoutException e) {
            LOG.warn("unregistering did not finish within {} ms; stopping anyway", timeout.toMillis());
        } catch (ExecutionException e) {
            LOG.warn("unregistering failed; stopping anyway", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while unregistering; stopping anyway");
        } finally {
            resources.close();
        }
    }

    @Override
    public void processRequest(RequestEvent event) {
        context.events().execute(() -> dispatchRequest(event));
    }

    @Override
    public void processResponse(ResponseEvent event) {
        context.events().execute(() -> {
            ClientResponseHandler handler = handlerOf(event.getClientTransaction());
            if (handler == null) {
                LOG.debug("response without our transaction: {}", event.getResponse().getStatusCode());
            } else {
                handler.onResponse(event);
            }
        });
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        context.events().execute(() -> {
            ClientResponseHandler handler = handlerOf(event.getClientTransaction());
            if (handler != null) {
                handler.onFailure(new ClientResponseHandler.ClientTransactionFailure(event.getClientTransaction(),
                        "transaction timed out"));
            }
        });
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.info("network error towards {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
        context.events().execute(() -> registration.ifPresent(
                r -> r.onNetworkError(event.getHost(), event.getPort(), event.getTransport())));
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // transactions end on their own; our handlers already saw the final response or timeout
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // no dialogs yet (calls come later)
    }

    private static ClientResponseHandler handlerOf(ClientTransaction transaction) {
        if (transaction != null && transaction.getApplicationData() instanceof ClientResponseHandler handler) {
            return handler;
        }
        return null;
    }

    private void dispatchRequest(RequestEvent event) {
        Request request = event.getRequest();
        String method = request.getMethod();
        if (Request.ACK.equals(method)) {
            return;
        }
        RequestHandler handler = requestHandlers.get(method);
        try {
            if (handler != null) {
                handler.handle(event, context);
            } else {
                Response notImplemented = context.messages().createResponse(Response.NOT_IMPLEMENTED, request);
                context.provider().sendResponse(notImplemented);
            }
        } catch (Exception e) {
            LOG.warn("could not answer {} from {}", method, request.getHeader("From"), e);
        }
    }
}
