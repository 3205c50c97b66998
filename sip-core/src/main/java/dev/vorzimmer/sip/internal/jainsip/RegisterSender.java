package dev.vorzimmer.sip.internal.jainsip;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.message.Request;

/**
 * The one REGISTER of an account in flight: sends it (or its digest retry), guards it with a
 * response timeout and terminates it when abandoned. Runs on the SIP event thread, which owns its
 * fields. On TLS a new REGISTER waits for its connection first: {@link TlsConnector} opens it off
 * this thread, and the REGISTER is handed to the stack back on this thread once it is there (an
 * abandoned REGISTER's connection result is dropped).
 */
final class RegisterSender {

  private final SipContext context;
  private final RequestBuilder requests;
  private final ClientResponseHandler owner;
  private final Duration timeout;
  private final Runnable onTimeout;
  private final Optional<TlsConnector> tls;
  private final ProviderRoute route;
  private ClientTransaction current;
  private ScheduledFuture<?> timer;
  private int generation;

  /** Builds a request; may throw the stack's checked exceptions. */
  @FunctionalInterface
  interface RequestSupplier {
    Request get() throws Exception;
  }

  /**
   * @param owner receives the transaction's responses (set as its application data)
   * @param onTimeout runs when no final answer came within {@code timeout}; the transaction is
   *     already terminated but still {@link #inFlight()}
   */
  RegisterSender(
      SipContext context,
      RequestBuilder requests,
      ClientResponseHandler owner,
      Duration timeout,
      Runnable onTimeout,
      Optional<TlsConnector> tls,
      ProviderRoute route) {
    this.tls = tls;
    this.route = route;
    this.context = context;
    this.requests = requests;
    this.owner = owner;
    this.timeout = timeout;
    this.onTimeout = onTimeout;
  }

  /** Sends a new REGISTER; throws what the stack throws (nothing is in flight then). */
  void send(Request request) throws Exception {
    send(context.provider().getNewClientTransaction(request));
  }

  /**
   * Sends the REGISTER {@code request} builds once a TLS connection to the current first hop exists
   * (at once on UDP/TCP); {@code failed} gets what went wrong instead, also the failed connect.
   * Nothing happens when {@link #abandon()} came first.
   */
  void sendWhenConnected(RequestSupplier request, java.util.function.Consumer<Exception> failed) {
    if (tls.isEmpty() || route.current().isEmpty()) {
      sendNow(request, failed);
      return;
    }
    int mine = ++generation;
    tls.get()
        .connect(route.current().get())
        .whenCompleteAsync(
            (connected, error) -> {
              if (mine != generation) {
                return;
              }
              if (error != null) {
                failed.accept(error.getCause() instanceof Exception e ? e : new Exception(error));
              } else {
                sendNow(request, failed);
              }
            },
            context.events());
  }

  private void sendNow(RequestSupplier request, java.util.function.Consumer<Exception> failed) {
    try {
      send(request.get());
    } catch (Exception e) {
      failed.accept(e);
    }
  }

  /** Sends a transaction the stack made for us (a digest retry). */
  void send(ClientTransaction transaction) throws Exception {
    transaction.setApplicationData(owner);
    requests.noteSent(transaction.getRequest());
    current = transaction;
    timer =
        context
            .events()
            .schedule(() -> timedOut(transaction), timeout.toMillis(), TimeUnit.MILLISECONDS);
    transaction.sendRequest();
  }

  /** True when {@code transaction} is the REGISTER in flight. */
  boolean isCurrent(ClientTransaction transaction) {
    return transaction != null && transaction == current;
  }

  /** True while a REGISTER waits for its final answer. */
  boolean inFlight() {
    return current != null;
  }

  /** The REGISTER in flight got its final answer or failed: forget it. */
  void done() {
    current = null;
    if (timer != null) {
      timer.cancel(false);
    }
  }

  /** Gives up the REGISTER in flight, if any, and terminates its transaction. */
  void abandon() {
    generation++;
    ClientTransaction abandoned = current;
    done();
    if (abandoned != null) {
      Transactions.terminateQuietly(abandoned);
    }
  }

  private void timedOut(ClientTransaction transaction) {
    if (transaction != current) {
      return;
    }
    Transactions.terminateQuietly(transaction);
    onTimeout.run();
  }
}
