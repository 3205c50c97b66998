package dev.vorzimmer.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reasons as JSON, the way the store keeps them: {@code
 * [{"code":"contact","args":{"name":"Erika"}}]}. A plain string in such a list (how reasons were
 * stored before they had codes) reads as {@link Reason#legacy}. Thread-safe.
 */
public final class ReasonJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReasonJson() {}

  /** The JSON array of {@code reasons}. */
  public static String write(List<Reason> reasons) {
    ArrayNode array = JSON.createArrayNode();
    reasons.forEach(r -> array.add(node(r)));
    return array.toString();
  }

  /** One reason as a JSON object. */
  public static String write(Reason reason) {
    return node(reason).toString();
  }

  /** The reason as a JSON tree ({@code code}, {@code args}), e.g. for the CLI's JSON output. */
  public static ObjectNode node(Reason reason) {
    ObjectNode o = JSON.createObjectNode();
    o.put("code", reason.code());
    ObjectNode args = o.putObject("args");
    reason.args().forEach(args::put);
    return o;
  }

  /**
   * Reads a JSON array written by {@link #write(List)}; strings in it become legacy reasons.
   *
   * @throws IllegalArgumentException if {@code json} is not such an array
   */
  public static List<Reason> read(String json) {
    JsonNode tree;
    try {
      tree = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON list of reasons: " + json, e);
    }
    if (tree == null || !tree.isArray()) {
      throw new IllegalArgumentException("not a JSON list of reasons: " + json);
    }
    List<Reason> reasons = new ArrayList<>(tree.size());
    for (JsonNode n : tree) {
      reasons.add(
          n.isTextual()
              ? Reason.legacy(n.asText())
              : reason(n).orElseThrow(() -> new IllegalArgumentException("not a reason: " + n)));
    }
    return reasons;
  }

  /** A reason written by {@link #write(Reason)}, or empty when {@code text} is not one. */
  public static Optional<Reason> readOne(String text) {
    if (text == null || !text.startsWith("{\"code\"")) {
      return Optional.empty();
    }
    try {
      return reason(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static Optional<Reason> reason(JsonNode n) {
    if (n == null || !n.isObject() || !n.path("code").isTextual()) {
      return Optional.empty();
    }
    Map<String, String> args = new LinkedHashMap<>();
    n.path("args").fields().forEachRemaining(e -> args.put(e.getKey(), e.getValue().asText()));
    return Optional.of(new Reason(n.get("code").asText(), args));
  }
}
