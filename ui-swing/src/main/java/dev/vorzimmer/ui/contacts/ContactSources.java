package dev.vorzimmer.ui.contacts;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where each synced contact comes from (contact id → source, as the store keeps it, e.g. {@code
 * carddav:https://cloud.example.org/…}). Contacts without a source were entered here and are the
 * only ones the window edits; a synced one is changed on its server.
 */
record ContactSources(Map<Long, String> byId) {
  static final ContactSources NONE = new ContactSources(Map.of());

  ContactSources {
    byId = Map.copyOf(byId);
  }

  /** The host the contact is synced from; empty for a contact entered here. */
  Optional<String> hostOf(long contactId) {
    return Optional.ofNullable(byId.get(contactId)).map(ContactSources::host);
  }

  static String host(String source) {
    String url = source.startsWith("carddav:") ? source.substring("carddav:".length()) : source;
    try {
      String host = URI.create(url).getHost();
      return host == null ? url : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
