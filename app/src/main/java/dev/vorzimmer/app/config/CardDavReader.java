package dev.vorzimmer.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** Reads the {@code [[contacts.carddav]]} entries of the config. */
final class CardDavReader {
  private static final List<String> ROLES = List.of("contacts", "block", "allow");

  private CardDavReader() {}

  static List<CardDavSettings> read(Section root, TomlParseResult toml, List<String> warnings)
      throws ConfigException {
    if (!root.has("contacts")) {
      return List.of();
    }
    Section contacts = ConfigLoader.table(root, toml, "contacts");
    List<CardDavSettings> out = new ArrayList<>();
    if (contacts.has("carddav")) {
      TomlTable t = toml.getTable("contacts");
      String fix = "write each entry as [[contacts.carddav]] with url, user and password_file";
      if (!(t.get("carddav") instanceof TomlArray array)) {
        throw contacts.error("carddav", "must be a list of entries", fix);
      }
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof TomlTable entry)) {
          throw contacts.error("carddav", "must be a list of entries", fix);
        }
        out.add(entry(new Section(root.file(), "[contacts.carddav]", entry), warnings));
      }
    }
    contacts.rejectUnknownKeys();
    return List.copyOf(out);
  }

  private static CardDavSettings entry(Section s, List<String> warnings) throws ConfigException {
    String raw =
        s.requiredString(
            "url", "https://cloud.example.org/remote.php/dav/addressbooks/users/anna/contacts/");
    URI url;
    try {
      url = new URI(raw);
    } catch (URISyntaxException e) {
      throw s.error("url", "= \"" + raw + "\" is not a URL", "write the address book's full URL");
    }
    if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())
        || url.getHost() == null) {
      throw s.error("url", "= \"" + raw + "\" is not an http(s) URL", "write https://host/path/");
    }
    String user = s.requiredString("user", "anna");
    Path password = Path.of(s.requiredString("password_file", "carddav-password.txt"));
    if (!password.isAbsolute() && s.file().getParent() != null) {
      password = s.file().getParent().resolve(password);
    }
    String role = s.string("role", "contacts").orElse("contacts");
    if (!ROLES.contains(role)) {
      throw s.error(
          "role", "= \"" + role + "\" is unknown", "use \"contacts\", \"block\" or \"allow\"");
    }
    int interval = s.integer("interval", 5, 10_080, 60).orElse(60L).intValue();
    s.rejectUnknownKeys();
    if ("http".equalsIgnoreCase(url.getScheme()) && !isLoopback(url.getHost())) {
      warnings.add(
          s.file()
              + ":"
              + s.line("url")
              + ": [[contacts.carddav]] url "
              + url
              + " is plain http: the password travels unencrypted; use https");
    }
    return new CardDavSettings(url, user, password, role, interval);
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
  }
}
