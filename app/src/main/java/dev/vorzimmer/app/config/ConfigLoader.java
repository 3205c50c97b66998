package dev.vorzimmer.app.config;

import dev.vorzimmer.screening.ScreeningConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Reads {@code config.toml}. A missing file means "all defaults, local line". Any problem is a
 * {@link ConfigException} naming file, line and fix; nothing is half-applied.
 */
public final class ConfigLoader {
  static final List<String> SECTIONS =
      List.of(
          "account",
          "sip",
          "screening",
          "calls",
          "voicemail",
          "storage",
          "nat",
          "media",
          "contacts");

  /** Default of {@code [storage] keep_calls_days}. */
  public static final int DEFAULT_KEEP_CALLS_DAYS = 365;

  private static final int DEFAULT_SIP_PORT = 5062;

  /** Loads {@code file}, or the defaults when it does not exist. */
  public AppConfig load(Path file) throws ConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return defaults(file);
    } catch (IOException e) {
      throw new ConfigException(
          file,
          0,
          "cannot be read (" + e.getMessage() + ")",
          "check that the file exists and is readable by this user");
    }
    TomlParseResult toml = parse(file, text);
    if (toml.hasErrors()) {
      LinesReader.mixedSections(file, text, toml.errors().get(0));
      throw TomlSyntaxError.of(file, text, toml.errors().get(0));
    }
    return read(file, toml);
  }

  /**
   * Parses with tomlj. Its parser checks some malformed escapes ({@code "\\ualice"}) with Java
   * {@code assert}s: with assertions on (tests, {@code -ea}) those throw instead of reporting a
   * syntax error, so anything thrown becomes the same kind of error, without quoting the file.
   */
  private static TomlParseResult parse(Path file, String text) throws ConfigException {
    try {
      return Toml.parse(text);
    } catch (RuntimeException | AssertionError e) {
      throw new ConfigException(
          file,
          0,
          "is not valid TOML (a malformed escape such as \\u… in a quoted value, or similar)",
          "check the quoting: write a backslash in a value as \\\\ or use '...' strings");
    }
  }

  private AppConfig defaults(Path file) {
    return new AppConfig(
        file,
        Optional.empty(),
        "0.0.0.0",
        DEFAULT_SIP_PORT,
        ScreeningConfig.defaults(),
        CallsAndVoicemailSettings.defaults(),
        DEFAULT_KEEP_CALLS_DAYS,
        List.of(),
        NetworkSettings.defaults(),
        List.of());
  }

  private AppConfig read(Path file, TomlParseResult toml) throws ConfigException {
    Section root = new Section(file, "", toml);
    List<String> warnings = new ArrayList<>();
    String host = "0.0.0.0";
    int port = DEFAULT_SIP_PORT;
    if (root.has("sip")) {
      Section sip = table(root, toml, "sip");
      Optional<String> listen = sip.string("listen", "0.0.0.0:5062");
      if (listen.isPresent()) {
        HostPort hp =
            HostPort.parse(listen.get(), DEFAULT_SIP_PORT)
                .orElseThrow(
                    () ->
                        sip.error(
                            "listen",
                            "= \"" + listen.get() + "\" is not an address:port",
                            "write e.g. listen = \"0.0.0.0:5062\""));
        host = hp.host();
        port = hp.port();
      }
      sip.rejectUnknownKeys();
    }
    List<LineSettings> lines = new LinesReader(root, toml, warnings).read(port);
    Optional<AccountSettings> account =
        lines.stream().filter(LineSettings::isDefault).findFirst().map(LineSettings::account);
    ScreeningConfig screening = ScreeningConfig.defaults();
    if (root.has("screening")) {
      screening = new ScreeningReader(table(root, toml, "screening"), warnings).read();
    }
    CallsAndVoicemailSettings calls = readCalls(root, toml, screening.region());
    int keepCallsDays = DEFAULT_KEEP_CALLS_DAYS;
    if (root.has("storage")) {
      Section st = table(root, toml, "storage");
      keepCallsDays =
          st.integer("keep_calls_days", 1, 36_500, DEFAULT_KEEP_CALLS_DAYS)
              .orElse((long) keepCallsDays)
              .intValue();
      st.rejectUnknownKeys();
    }
    NetworkSettings network = NetworkReader.read(root, toml);
    List<CardDavSettings> addressBooks = CardDavReader.read(root, toml, warnings);
    rejectUnknownSections(file, toml);
    return new AppConfig(
        file,
        account,
        host,
        port,
        screening,
        calls,
        keepCallsDays,
        warnings,
        network,
        addressBooks,
        lines);
  }

  private static CallsAndVoicemailSettings readCalls(
      Section root, TomlParseResult toml, String region) throws ConfigException {
    CallsAndVoicemailSettings d = CallsAndVoicemailSettings.defaults();
    int ring = d.ringSeconds();
    boolean busyToVoicemail = d.busyToVoicemail();
    List<String> trusted = d.trustedHosts();
    if (root.has("calls")) {
      Section c = table(root, toml, "calls");
      ring = c.integer("ring_seconds", 1, 300, 25).orElse((long) ring).intValue();
      Optional<String> busy = c.string("busy", "voicemail");
      if (busy.isPresent()) {
        switch (busy.get().trim()) {
          case "voicemail" -> busyToVoicemail = true;
          case "reject" -> busyToVoicemail = false;
          default ->
              throw c.error(
                  "busy",
                  "= \"" + busy.get() + "\" is not allowed",
                  "use \"voicemail\" or \"reject\" (486 Busy Here)");
        }
      }
      trusted = c.strings("trusted_hosts", "[\"192.0.2.10\"]").orElse(trusted);
      c.rejectUnknownKeys();
    }
    int max = d.maxMessageSeconds();
    int silence = d.silenceSeconds();
    String language = List.of("DE", "AT", "CH", "LI", "LU").contains(region) ? "de" : "en";
    int minFree = d.minFreeMb();
    int maxTotal = d.maxTotalMb();
    if (root.has("voicemail")) {
      Section v = table(root, toml, "voicemail");
      max = v.integer("max_seconds", 10, 3600, 180).orElse((long) max).intValue();
      silence = v.integer("silence_seconds", 2, 600, 10).orElse((long) silence).intValue();
      minFree =
          v.integer("min_free_mb", 0, 1_000_000, CallsAndVoicemailSettings.DEFAULT_MIN_FREE_MB)
              .orElse((long) minFree)
              .intValue();
      maxTotal =
          v.integer("max_total_mb", 10, 10_000_000, CallsAndVoicemailSettings.DEFAULT_MAX_TOTAL_MB)
              .orElse((long) maxTotal)
              .intValue();
      language = v.string("language", "de").orElse(language).trim();
      if (!language.matches("[a-z]{2,3}")) {
        throw v.error(
            "language",
            "= \"" + language + "\" is not a language code",
            "use e.g. \"de\" or \"en\"");
      }
      v.rejectUnknownKeys();
    }
    return new CallsAndVoicemailSettings(
        ring, busyToVoicemail, trusted, max, silence, language, minFree, maxTotal);
  }

  static Section table(Section root, TomlParseResult toml, String name) throws ConfigException {
    TomlTable t = toml.getTable(name);
    if (t == null) {
      throw root.error(
          name, "must be a section", "write it as [" + name + "] on a line of its own");
    }
    return new Section(root.file(), name, t);
  }

  private static void rejectUnknownSections(Path file, TomlParseResult toml)
      throws ConfigException {
    for (String key : toml.keySet()) {
      if (!SECTIONS.contains(key)) {
        String near = Suggest.nearest(key, SECTIONS);
        org.tomlj.TomlPosition pos =
            toml.inputPositionOf(List.of(key)); // the key as written, not a dotted path
        int line = pos == null ? 0 : pos.line();
        throw new ConfigException(
            file,
            line,
            "unknown setting or section '" + key + "'",
            near != null
                ? "did you mean [" + near + "]?"
                : "known sections are [account], [sip], [screening], [calls], [voicemail], [storage], [nat],"
                    + " [media] and [[contacts.carddav]]");
      }
    }
  }

  /**
   * True when others than the owner may read {@code file} (false where POSIX permissions don't
   * exist).
   */
  static boolean readableByOthers(Path file) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      return perms.contains(PosixFilePermission.GROUP_READ)
          || perms.contains(PosixFilePermission.OTHERS_READ);
    } catch (UnsupportedOperationException | IOException e) {
      return false;
    }
  }
}
