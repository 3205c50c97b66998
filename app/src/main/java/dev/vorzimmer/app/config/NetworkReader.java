package dev.vorzimmer.app.config;

import dev.vorzimmer.media.RtpPortRange;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.TomlParseResult;

/** Reads and checks the {@code [nat]} and {@code [media]} sections. */
final class NetworkReader {
  private static final int DEFAULT_STUN_PORT = 3478;
  private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,5})\\s*-\\s*(\\d{1,5})\\s*");

  private NetworkReader() {}

  static NetworkSettings read(Section root, TomlParseResult toml) throws ConfigException {
    Optional<HostPort> stun = Optional.empty();
    if (root.has("nat")) {
      Section nat = ConfigLoader.table(root, toml, "nat");
      Optional<String> text = nat.string("stun", "stun.example.net:3478");
      if (text.isPresent()) {
        stun =
            Optional.of(
                HostPort.parse(text.get(), DEFAULT_STUN_PORT)
                    .orElseThrow(
                        () ->
                            nat.error(
                                "stun",
                                "= \"" + text.get() + "\" is not a host[:port]",
                                "write e.g. stun = \"stun.example.net:3478\" (port 3478 if left out), or remove the line")));
      }
      nat.rejectUnknownKeys();
    }
    RtpPortRange ports = RtpPortRange.ANY;
    if (root.has("media")) {
      Section media = ConfigLoader.table(root, toml, "media");
      Optional<String> text = media.string("rtp_ports", "16384-16482");
      if (text.isPresent()) {
        ports = range(media, text.get());
      }
      media.rejectUnknownKeys();
    }
    return new NetworkSettings(stun, ports);
  }

  private static RtpPortRange range(Section media, String text) throws ConfigException {
    Matcher m = RANGE.matcher(text);
    String fix =
        "write an even first port and a last port within 1024-65535, e.g. rtp_ports = \"16384-16482\"";
    if (!m.matches()) {
      throw media.error("rtp_ports", "= \"" + text + "\" is not a port range", fix);
    }
    int first = Integer.parseInt(m.group(1));
    int last = Integer.parseInt(m.group(2));
    try {
      RtpPortRange range = new RtpPortRange(first, last);
      if (range.size() < 2) {
        throw media.error(
            "rtp_ports",
            "= \"" + text + "\" holds only one RTP port",
            "allow at least two calls, e.g. " + first + "-" + (first + 3));
      }
      return range;
    } catch (IllegalArgumentException e) {
      throw media.error("rtp_ports", "= \"" + text + "\" is not usable: " + e.getMessage(), fix);
    }
  }
}
