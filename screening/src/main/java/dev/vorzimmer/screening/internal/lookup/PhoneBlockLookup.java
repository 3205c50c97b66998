package dev.vorzimmer.screening.internal.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.screening.CallerLookup;
import dev.vorzimmer.screening.LookupResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reverse lookup against the PhoneBlock API: {@code GET {base}/num/{e164}?format=json} with {@code
 * Authorization: Bearer <token>}. The JSON answer carries {@code votes}, {@code rating} ({@code
 * A_LEGITIMATE} … {@code G_FRAUD}), {@code label} and {@code location}. HTTP 404 means "not known";
 * 401/403, other statuses and malformed JSON complete the future exceptionally with a {@link
 * CallerLookup.LookupException} whose message fits into a decision reason.
 */
public final class PhoneBlockLookup implements CallerLookup {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http;
  private final URI base;
  private final String token;

  /** A lookup against {@code baseUrl} (e.g. {@code https://phoneblock.net/phoneblock/api}). */
  public PhoneBlockLookup(HttpClient http, URI baseUrl, String token) {
    this.http = http;
    String text = baseUrl.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.token = token;
  }

  @Override
  public String name() {
    return "PhoneBlock";
  }

  @Override
  public CompletableFuture<LookupResult> lookup(String e164) {
    URI uri =
        base.resolve("num/" + URLEncoder.encode(e164, StandardCharsets.UTF_8) + "?format=json");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(HTTP_TIMEOUT)
            .header("Accept", "application/json")
            .header("User-Agent", "Vorzimmer/0.1")
            .GET();
    if (!token.isBlank()) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
        .thenApply(PhoneBlockLookup::interpret);
  }

  private static LookupResult interpret(HttpResponse<String> response) {
    int status = response.statusCode();
    if (status == 404) {
      return LookupResult.notFound();
    }
    if (status == 401 || status == 403) {
      throw new LookupException("PhoneBlock rejected the API token (HTTP " + status + ")");
    }
    if (status != 200) {
      throw new LookupException("PhoneBlock answered HTTP " + status);
    }
    return parse(response.body());
  }

  /** Parses a PhoneBlock number answer. */
  static LookupResult parse(String body) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (IOException e) {
      throw new LookupException("PhoneBlock sent malformed JSON", e);
    }
    if (node == null || !node.isObject() || !node.path("votes").canConvertToInt()) {
      throw new LookupException("PhoneBlock sent an unexpected answer (no votes field)");
    }
    int votes = Math.max(0, node.get("votes").asInt());
    boolean found = votes > 0 || text(node, "rating").isPresent();
    if (!found) {
      return LookupResult.notFound();
    }
    return new LookupResult(
        true, votes, text(node, "rating"), text(node, "label"), text(node, "location"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank()
        ? Optional.empty()
        : Optional.of(value.asText());
  }
}
