package dev.vorzimmer.app.config;

import java.util.List;
import java.util.Optional;

/**
 * {@code sips:} in front of {@code domain}, {@code registrar} or {@code proxy}: the provider wants
 * SIPS URIs (RFC 3261 §19.1, §26.2; RFC 5630), which ask for TLS on every hop. It implies {@code
 * transport = "tls"}; with {@code udp} or {@code tcp} the configuration is refused.
 */
final class SipsKeys {
  private static final String PREFIX = "sips:";
  private static final List<String> KEYS = List.of("domain", "registrar", "proxy");

  private SipsKeys() {}

  /** True when {@code value} starts with {@code sips:} (any case). */
  static boolean marked(String value) {
    return value.strip().regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** {@code value} without a leading {@code sips:}. */
  static String strip(String value) {
    return marked(value) ? value.strip().substring(PREFIX.length()) : value;
  }

  /** The first of domain, registrar and proxy written with {@code sips:}, if any. */
  static Optional<String> firstMarked(Section s) throws ConfigException {
    for (String key : KEYS) {
      Optional<String> value = s.string(key, "sips:example.net");
      if (value.isPresent() && marked(value.get())) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** The refusal of {@code transport} (udp or tcp) next to the sips: {@code key}. */
  static ConfigException conflict(Section s, String key, String transport) {
    return s.error(
        "transport",
        "= \""
            + transport
            + "\" cannot carry sips: URIs: "
            + s.label(key)
            + " is written with sips:, which asks for TLS on every hop (RFC 3261 section 26.2)",
        "set transport = \"tls\" (or leave transport out), or write " + key + " without sips:");
  }
}
