package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The per-run Kamailio configuration: the template {@code kamailio.cfg.template} (next to this
 * class) with ports, domain, users, control socket and module path filled in.
 *
 * @param sipPort UDP+TCP port of the registrar/proxy (digest auth)
 * @param trunkPort UDP+TCP port of the unauthenticated "trunk" (provider hand-over) listener
 * @param domain SIP domain and digest realm
 * @param users user name to plain password
 * @param minExpires registrar's {@code min_expires}; shorter requests get 423 Interval Too Brief
 * @param ctlSocket path of the binrpc control socket
 * @param modulesDir directory holding Kamailio's {@code *.so} modules
 * @param listen IPv4 address of both listeners (127.0.0.1, or the provider's address in the network
 *     lab)
 * @param rtpenginePort NG port of an rtpengine on 127.0.0.1 to relay media through, 0 for none;
 *     non-zero also turns on the lab behaviour (force_rport, every received message logged as
 *     VZ-MSG)
 * @param tls a TLS listener (certificate, key, port), or empty
 */
record KamailioConfig(
    int sipPort,
    int trunkPort,
    String domain,
    Map<String, String> users,
    int minExpires,
    Path ctlSocket,
    Path modulesDir,
    String listen,
    int rtpenginePort,
    java.util.Optional<Tls> tls) {

  /**
   * Kamailio's TLS module listening on {@code port} with this server certificate (PEM chain) and
   * key; {@code configFile} is where its {@code tls.cfg} is written.
   */
  record Tls(int port, Path certificate, Path key, Path configFile) {

    /** The module's configuration: any TLS 1.2+ client, no client certificates. */
    String render() {
      return "[server:default]\nmethod = TLSv1.2+\nverify_certificate = no\n"
          + "require_certificate = no\nprivate_key = "
          + key
          + "\ncertificate = "
          + certificate
          + "\n\n[client:default]\nmethod = TLSv1.2+\nverify_certificate = no\n"
          + "require_certificate = no\n";
    }
  }

  KamailioConfig(
      int sipPort,
      int trunkPort,
      String domain,
      Map<String, String> users,
      int minExpires,
      Path ctlSocket,
      Path modulesDir,
      String listen,
      int rtpenginePort) {
    this(
        sipPort,
        trunkPort,
        domain,
        users,
        minExpires,
        ctlSocket,
        modulesDir,
        listen,
        rtpenginePort,
        java.util.Optional.empty());
  }

  KamailioConfig(
      int sipPort,
      int trunkPort,
      String domain,
      Map<String, String> users,
      int minExpires,
      Path ctlSocket,
      Path modulesDir) {
    this(sipPort, trunkPort, domain, users, minExpires, ctlSocket, modulesDir, "127.0.0.1", 0);
  }

  private static final String TEMPLATE = "kamailio.cfg.template";
  private static final Pattern SAFE_USER = Pattern.compile("[A-Za-z0-9._+-]{1,64}");
  private static final Pattern SAFE_PASSWORD = Pattern.compile("[\\x21-\\x7e&&[^\"\\\\$]]{1,128}");

  /** Unix socket paths are limited to 108 bytes including the terminator. */
  private static final int MAX_SOCKET_PATH = 100;

  KamailioConfig {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(listen, "listen");
    users = Map.copyOf(new TreeMap<>(users));
    users.forEach(KamailioConfig::validateUser);
    if (minExpires < 0) {
      throw new IllegalArgumentException("minExpires must not be negative: " + minExpires);
    }
    if (ctlSocket.toString().length() > MAX_SOCKET_PATH) {
      throw new IllegalArgumentException(
          "control socket path too long for a unix socket (max "
              + MAX_SOCKET_PATH
              + " chars), use a shorter work directory: "
              + ctlSocket);
    }
  }

  /** The filled-in configuration text. */
  String render() {
    String template = readTemplate();
    StringBuilder userLines = new StringBuilder();
    new TreeMap<>(users)
        .forEach(
            (user, password) ->
                userLines
                    .append("\t$sht(users=>")
                    .append(user)
                    .append(") = \"")
                    .append(password)
                    .append("\";\n"));
    return template
        .replace("@DEFINES@", rtpenginePort > 0 ? "#!define WITH_NETLAB" : "")
        .replace("@TLS_CORE@", tls.map(t -> tlsCore(t.port())).orElse(""))
        .replace(
            "@TLS_MODULE@",
            tls.map(
                    t ->
                        "loadmodule \"tls.so\"\nmodparam(\"tls\", \"config\", \""
                            + t.configFile()
                            + "\")")
                .orElse(""))
        .replace("@LISTEN@", listen)
        .replace("@RTPENGINE_PORT@", Integer.toString(rtpenginePort))
        .replace("@SIP_PORT@", Integer.toString(sipPort))
        .replace("@TRUNK_PORT@", Integer.toString(trunkPort))
        .replace("@DOMAIN@", domain)
        .replace("@MIN_EXPIRES@", Integer.toString(minExpires))
        .replace("@CTL_SOCKET@", ctlSocket.toString())
        .replace("@MODULES_DIR@", modulesDir.toString() + "/")
        .replace("@USERS@", userLines.toString());
  }

  /**
   * TLS on its own port; RFC 5923 aliases (a Via {@code ;alias} makes requests for that address
   * reuse the connection) and CRLF keep-alive answers are on.
   */
  private static String tlsCore(int port) {
    return "enable_tls=yes\nlisten=tls:@LISTEN@:"
        + port
        + "\ntcp_accept_aliases=yes\ntcp_crlf_ping=yes\n";
  }

  static void validateUser(String user, String password) {
    if (!SAFE_USER.matcher(user).matches()) {
      throw new IllegalArgumentException("user name must match " + SAFE_USER + ": '" + user + "'");
    }
    if (!SAFE_PASSWORD.matcher(password).matches()) {
      throw new IllegalArgumentException(
          "password of user '"
              + user
              + "' must be 1..128 printable ASCII characters without quote, backslash or $");
    }
  }

  private static String readTemplate() {
    try (InputStream in = KamailioConfig.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource " + TEMPLATE + " missing next to " + KamailioConfig.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TEMPLATE, e);
    }
  }
}
