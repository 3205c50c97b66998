package dev.vorzimmer.screening.internal.lookup;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the PhoneBlock API on 127.0.0.1 speaking its JSON ({@code GET
 * /phoneblock/api/num/{phone}?format=json}, Bearer token).
 */
final class FakePhoneBlock implements AutoCloseable {
  static final String TOKEN = "good-token";
  static final String FRAUD = "+4917650642602";
  static final String FEW_VOTES = "+4930999000";
  static final String NOT_FOUND = "+4930404040";
  static final String MALFORMED = "+4930111111";
  static final String SLOW = "+4930999999";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final CountDownLatch releaseSlow = new CountDownLatch(1);

  FakePhoneBlock() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/phoneblock/api/num/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/phoneblock/api");
  }

  int hits(String e164) {
    return hits.getOrDefault(e164, new AtomicInteger()).get();
  }

  /** Lets the slow endpoint answer. */
  void releaseSlow() {
    releaseSlow.countDown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String phone = exchange.getRequestURI().getPath().substring("/phoneblock/api/num/".length());
    hits.computeIfAbsent(phone, p -> new AtomicInteger()).incrementAndGet();
    if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      send(exchange, 401, "Unauthorized");
      return;
    }
    if (!"format=json".equals(exchange.getRequestURI().getQuery())) {
      send(exchange, 400, "format missing");
      return;
    }
    switch (phone) {
      case FRAUD ->
          send(
              exchange,
              200,
              answer(phone, 12, "\"G_FRAUD\"", "\"(DE) 0176 50642602\"", "\"Mobilfunk\""));
      case FEW_VOTES -> send(exchange, 200, answer(phone, 2, "\"B_MISSED\"", "null", "\"Berlin\""));
      case NOT_FOUND -> send(exchange, 404, "Not found");
      case MALFORMED -> send(exchange, 200, "{\"phone\": \"" + phone + "\", \"votes\": ");
      case SLOW -> {
        awaitRelease();
        send(exchange, 200, answer(phone, 50, "\"E_ADVERTISING\"", "null", "null"));
      }
      default -> send(exchange, 200, answer(phone, 0, "null", "null", "null"));
    }
  }

  private void awaitRelease() {
    try {
      releaseSlow.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String answer(
      String phone, int votes, String rating, String label, String location) {
    return "{\"phone\":\""
        + phone
        + "\",\"votes\":"
        + votes
        + ",\"votesWildcard\":0,\"rating\":"
        + rating
        + ",\"whiteListed\":false,\"blackListed\":false,\"archived\":false,\"dateAdded\":1704067200000,"
        + "\"lastUpdate\":1704153600000,\"label\":"
        + label
        + ",\"location\":"
        + location
        + "}";
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .set("Content-Type", status == 200 ? "application/json" : "text/plain");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    releaseSlow.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
