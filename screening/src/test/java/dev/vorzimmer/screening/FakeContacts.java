package dev.vorzimmer.screening;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory contact directory for tests. */
public final class FakeContacts implements ContactDirectory {
  private final Map<String, Contact> byNumber = new ConcurrentHashMap<>();

  public FakeContacts add(String name, boolean favourite, String... e164) {
    Contact c = new Contact(byNumber.size() + 1, name, List.of(e164), Optional.empty(), favourite);
    for (String n : e164) {
      byNumber.put(n, c);
    }
    return this;
  }

  @Override
  public Optional<Contact> findByNumber(String e164) {
    return Optional.ofNullable(byNumber.get(e164));
  }
}
