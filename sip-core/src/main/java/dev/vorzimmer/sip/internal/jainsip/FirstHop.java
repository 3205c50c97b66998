package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.internal.dns.SipServerResolver.Resolution;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an account's REGISTER goes: resolves the first hop (outbound proxy, else registrar) on the
 * DNS thread into the {@link ProviderRoute} and moves on to the next address after a failure. When
 * DNS fails after it once answered, the last known addresses are used (a DNS outage alone does not
 * drop a working registration). Called on the SIP event thread; the answer of a resolution comes
 * back there, and is dropped when {@link #cancel()} or a newer resolution came first.
 */
final class FirstHop {

  private static final Logger LOG = LoggerFactory.getLogger(FirstHop.class);

  private final SipContext context;
  private final AccountConfig account;
  private final ProviderRoute route;
  private final Supplier<CompletableFuture<Resolution>> resolver;
  private int generation;

  FirstHop(
      SipContext context,
      AccountConfig account,
      ProviderRoute route,
      Supplier<CompletableFuture<Resolution>> resolver) {
    this.context = context;
    this.account = account;
    this.route = route;
    this.resolver = resolver;
  }

  /**
   * Resolves anew: {@code ready} runs once the route has addresses, {@code unresolved} gets the
   * status line.
   */
  void resolve(Runnable ready, Consumer<String> unresolved) {
    int mine = ++generation;
    resolver
        .get()
        .whenCompleteAsync(
            (resolution, error) -> {
              if (mine != generation) {
                return;
              }
              if (error != null || resolution.targets().isEmpty()) {
                String reason =
                    error != null
                        ? account.firstHop().host()
                            + " could not be resolved ("
                            + Transactions.describe(error)
                            + ")"
                        : resolution.failure();
                if (route.current().isPresent()) {
                  LOG.info(
                      "{} for {}; keeping the last known address {}",
                      reason,
                      account.aor(),
                      route.current().get());
                  ready.run();
                  return;
                }
                LOG.info("{} for {}", reason, account.aor());
                unresolved.accept(reason);
                return;
              }
              route.update(resolution);
              LOG.debug("{} resolved to {}", account.firstHop(), resolution.targets());
              ready.run();
            },
            context.events());
  }

  /** Drops the answer of a resolution still under way. */
  void cancel() {
    generation++;
  }

  /** After {@code reason} ended the current address: true when there is a next one to try. */
  boolean next(String reason) {
    if (!route.advance()) {
      return false;
    }
    LOG.info(
        "{} failed for {} ({}); trying {}",
        account.firstHop(),
        account.aor(),
        reason,
        route.current().get());
    return true;
  }

  /** How many addresses the latest resolution gave. */
  int size() {
    return route.size();
  }

  /** True when the stack's network error towards {@code host:port} concerns the current address. */
  boolean isCurrent(String host, int port) {
    return route.isCurrent(host, port);
  }

  /** The current address answered. */
  void confirm() {
    route.confirm();
  }

  /** "registrar sip.example.net (192.0.2.1:5060)" or "proxy …", for status lines. */
  String describe() {
    return route.describe(
        account.provider().proxy().isPresent() ? "proxy" : "registrar", account.firstHop());
  }
}
