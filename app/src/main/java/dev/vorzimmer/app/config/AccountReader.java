package dev.vorzimmer.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads and checks the {@code [account]} section. */
final class AccountReader {
  private static final int DEFAULT_REGISTRAR_PORT = 5060;
  private static final int DEFAULT_TLS_PORT = 5061;
  private final Section s;
  private final List<String> warnings;

  AccountReader(Section s, List<String> warnings) {
    this.s = s;
    this.warnings = warnings;
  }

  AccountSettings read() throws ConfigException {
    String user = s.requiredString("user", "alice");
    if (user.contains("@") || user.contains(":") || user.contains(" ")) {
      throw s.error(
          "user",
          "= \"" + user + "\" must be the user part only",
          "write user = \"alice\" and domain = \"example.net\"");
    }
    Optional<String> sipsKey = SipsKeys.firstMarked(s);
    String domain = SipsKeys.strip(s.requiredString("domain", "example.net"));
    if (!HostPort.parse(domain, DEFAULT_REGISTRAR_PORT)
        .map(hp -> hp.host().equals(domain))
        .orElse(false)) {
      throw s.error(
          "domain",
          "= \"" + domain + "\" is not a domain name",
          "write the SIP domain only, e.g. domain = \"example.net\"");
    }
    String transport = transport(sipsKey);
    int defaultPort = transport.equals("tls") ? DEFAULT_TLS_PORT : DEFAULT_REGISTRAR_PORT;
    String registrarText =
        SipsKeys.strip(s.string("registrar", "sip.example.net:5060").orElse(domain));
    HostPort registrar =
        HostPort.parse(registrarText, defaultPort)
            .orElseThrow(
                () ->
                    s.error(
                        "registrar",
                        "= \"" + registrarText + "\" is not a host[:port]",
                        "write e.g. registrar = \"sip.example.net:5060\""));
    int expires = s.integer("expires", 10, 86_400, 300).orElse(300L).intValue();
    String password = password();
    boolean portGiven = HostPort.parse(registrarText, 0).map(hp -> hp.port() != 0).orElse(true);
    AccountExtras extras = new AccountExtrasReader(s).read(portGiven);
    String encryption = mediaEncryption(transport);
    Optional<Path> caFile = caFile(transport);
    s.rejectUnknownKeys();
    return new AccountSettings(
        user,
        domain,
        registrar.host(),
        registrar.port(),
        password,
        transport,
        expires,
        extras,
        encryption,
        caFile,
        sipsKey.isPresent());
  }

  /** {@code transport}: "tls" when left out next to a {@code sips:} key, else "udp" by default. */
  private String transport(Optional<String> sipsKey) throws ConfigException {
    String transport =
        s.string("transport", "udp")
            .orElse(sipsKey.isPresent() ? "tls" : "udp")
            .toLowerCase(Locale.ROOT);
    if (!transport.equals("udp") && !transport.equals("tcp") && !transport.equals("tls")) {
      throw s.error(
          "transport",
          "= \"" + transport + "\" is not supported",
          "use \"udp\", \"tcp\" or \"tls\"");
    }
    if (sipsKey.isPresent() && !transport.equals("tls")) {
      throw SipsKeys.conflict(s, sipsKey.get(), transport);
    }
    return transport;
  }

  /**
   * {@code ca_file}: a PEM file (relative to the config file) of CA certificates trusted for TLS
   * besides the system's; only with {@code transport = "tls"}.
   */
  private Optional<Path> caFile(String transport) throws ConfigException {
    Optional<String> name = s.string("ca_file", "provider-ca.pem");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (!transport.equals("tls")) {
      throw s.error(
          "ca_file",
          "is only used for SIP over TLS, but transport = \"" + transport + "\"",
          "set transport = \"tls\" or remove ca_file");
    }
    Path p = s.file().toAbsolutePath().getParent().resolve(name.get());
    try (java.io.InputStream in = Files.newInputStream(p)) {
      if (java.security.cert.CertificateFactory.getInstance("X.509")
          .generateCertificates(in)
          .isEmpty()) {
        throw s.error(
            "ca_file",
            "names " + p + ", which holds no certificate",
            "put the CA's PEM file there");
      }
    } catch (IOException e) {
      throw s.error(
          "ca_file",
          "names " + p + ", which cannot be read (" + e.getClass().getSimpleName() + ")",
          "save the provider's CA certificate (PEM) there, or correct the path (relative paths"
              + " start at the config file's folder)");
    } catch (java.security.cert.CertificateException e) {
      throw s.error(
          "ca_file",
          "names " + p + ", which is not a PEM certificate (" + e.getMessage() + ")",
          "use the CA certificate in PEM form (-----BEGIN CERTIFICATE-----)");
    }
    return Optional.of(p);
  }

  /**
   * {@code media_encryption}: "none", "optional" or "required"; the default is "optional" over TLS
   * and "none" otherwise. SDES keys travel in the SDP, so SRTP over UDP/TCP gets a warning.
   */
  private String mediaEncryption(String transport) throws ConfigException {
    boolean tls = transport.equals("tls");
    String value =
        s.string("media_encryption", "optional")
            .orElse(tls ? "optional" : "none")
            .toLowerCase(Locale.ROOT);
    if (!value.equals("none") && !value.equals("optional") && !value.equals("required")) {
      throw s.error(
          "media_encryption",
          "= \"" + value + "\" is not supported",
          "use \"none\", \"optional\" or \"required\"");
    }
    if (!value.equals("none") && !tls) {
      warnings.add(
          s.file()
              + ": [account] media_encryption = \""
              + value
              + "\" over "
              + transport
              + ": the SRTP keys (SDES) travel in clear text in the SIP messages, so anyone who can read them can"
              + " decrypt the audio. SIP over TLS is needed to keep them secret.");
    }
    return value;
  }

  private String password() throws ConfigException {
    Optional<String> inline = s.secret("password");
    Optional<String> file = s.string("password_file", "secret.txt");
    if (inline.isPresent() && file.isPresent()) {
      throw s.error(
          "password_file",
          "is set together with password",
          "keep only one of password and password_file");
    }
    if (inline.isPresent()) {
      if (ConfigLoader.readableByOthers(s.file())) {
        warnings.add(
            s.file()
                + " holds a SIP password and is readable by other users. Fix: chmod 600 "
                + s.file());
      }
      return inline.get();
    }
    if (file.isEmpty()) {
      throw new ConfigException(
          s.file(),
          s.firstLine(),
          "[account] has no password",
          "add password = \"...\" or password_file = \"secret.txt\" (a file holding only the password)");
    }
    Path p = s.file().toAbsolutePath().getParent().resolve(file.get());
    try {
      String secret = Files.readString(p, StandardCharsets.UTF_8).strip();
      if (secret.isEmpty()) {
        throw s.error(
            "password_file", "names " + p + ", which is empty", "write the SIP password into " + p);
      }
      if (ConfigLoader.readableByOthers(p)) {
        warnings.add(
            p + " holds a SIP password and is readable by other users. Fix: chmod 600 " + p);
      }
      return secret;
    } catch (IOException e) {
      throw s.error(
          "password_file",
          "names " + p + ", which cannot be read (" + e.getClass().getSimpleName() + ")",
          "create that file with the password, or correct the path (relative paths start at the config file's folder)");
    }
  }
}
