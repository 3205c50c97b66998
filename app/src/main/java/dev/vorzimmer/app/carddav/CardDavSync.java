package dev.vorzimmer.app.carddav;

import dev.vorzimmer.screening.Contact;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps a read-only copy of one CardDAV address book. A sync asks for the ctag first and stops if
 * it is unchanged; otherwise it lists the ETags and fetches only new or changed cards; cards gone
 * from the server are dropped. A failed sync (server down, 401, redirect) leaves the copy as it was
 * and says why in {@link Result#status()}. Not thread-safe: run it on one executor.
 */
public final class CardDavSync {
  /** Photos above this size are dropped (the card is kept). */
  public static final int PHOTO_CAP = 1024 * 1024;

  /** Cards asked for per addressbook-multiget. */
  private static final int BATCH = 100;

  /**
   * Outcome of one sync.
   *
   * @param ok false if the server could not be used (the copy is unchanged)
   * @param status one line for the user
   * @param fetched cards fetched in this sync
   * @param removed cards dropped because the server no longer has them
   * @param problems cards or numbers skipped, one line each naming the card
   */
  public record Result(
      boolean ok,
      String status,
      int fetched,
      int removed,
      List<String> problems,
      AddressBookStatus.Trouble trouble) {}

  private final CardDavClient client;
  private final Function<String, Optional<String>> normaliser;
  private String ctag = null;
  private final Map<String, String> etags = new HashMap<>();
  private final Map<String, Contact> cards = new LinkedHashMap<>();

  CardDavSync(CardDavClient client, Function<String, Optional<String>> normaliser) {
    this.client = client;
    this.normaliser = normaliser;
  }

  /**
   * A sync of the address book at {@code url}.
   *
   * @param http shared client, see {@link #httpClient()}
   * @param normaliser turns a card's number into E.164, empty if it is none
   */
  public static CardDavSync of(
      HttpClient http,
      URI url,
      String user,
      String password,
      Function<String, Optional<String>> normaliser) {
    return new CardDavSync(new CardDavClient(http, url, user, password), normaliser);
  }

  /** The HTTP client to share between all address books: it never follows a redirect. */
  public static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** The contacts of the address book as of the last successful sync (ids 0). */
  public List<Contact> contacts() {
    return List.copyOf(cards.values());
  }

  /** Brings the copy up to date; never throws for server trouble. */
  public Result sync() throws InterruptedException {
    try {
      String now = client.ctag();
      if (ctag != null && !now.isEmpty() && now.equals(ctag)) {
        return new Result(
            true,
            "unchanged, " + cards.size() + " contacts",
            0,
            0,
            List.of(),
            AddressBookStatus.Trouble.NONE);
      }
      Map<String, String> listed = client.etags();
      int removed = dropGone(listed.keySet());
      List<String> changed = new ArrayList<>();
      listed.forEach(
          (href, etag) -> {
            if (!etag.equals(etags.get(href))) {
              changed.add(href);
            }
          });
      List<String> problems = new ArrayList<>();
      Map<String, String> texts = new LinkedHashMap<>();
      for (int i = 0; i < changed.size(); i += BATCH) {
        texts.putAll(client.fetch(changed.subList(i, Math.min(changed.size(), i + BATCH))));
      }
      texts.forEach((href, text) -> store(href, listed.get(href), text, problems));
      ctag = now;
      String status =
          cards.size() + " contacts, " + texts.size() + " fetched, " + removed + " removed";
      return new Result(
          true, status, texts.size(), removed, problems, AddressBookStatus.Trouble.NONE);
    } catch (CardDavException e) {
      return new Result(
          false,
          e.getMessage(),
          0,
          0,
          List.of(),
          e.refused() ? AddressBookStatus.Trouble.REFUSED : AddressBookStatus.Trouble.OTHER);
    } catch (IOException e) {
      String status =
          client.book()
              + ": server not reachable ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "); contacts kept";
      return new Result(false, status, 0, 0, List.of(), AddressBookStatus.Trouble.UNREACHABLE);
    }
  }

  private int dropGone(Set<String> present) {
    int before = etags.size();
    etags.keySet().retainAll(present);
    cards.keySet().retainAll(present);
    return before - etags.size();
  }

  private void store(String href, String etag, String text, List<String> problems) {
    if (etag == null) {
      return; // the server answered a card we did not ask for
    }
    etags.put(href, etag);
    VCardText.Card card = VCardText.parse(text, PHOTO_CAP);
    String where = "card " + href + " '" + (card.name().isEmpty() ? "(no name)" : card.name());
    if (card.photoTooBig()) {
      problems.add(where + "': photo larger than " + PHOTO_CAP / 1024 + " KiB, photo skipped");
    }
    Set<String> numbers = new LinkedHashSet<>();
    for (String raw : card.numbers()) {
      normaliser
          .apply(raw.strip())
          .ifPresentOrElse(
              numbers::add,
              () -> problems.add(where + "': '" + raw + "' is not a phone number, ignored"));
    }
    if (numbers.isEmpty()) {
      cards.remove(href);
      problems.add(where + "': no usable phone number, card skipped");
      return;
    }
    String name = card.name().isEmpty() ? numbers.iterator().next() : card.name();
    cards.put(href, new Contact(0, name, List.copyOf(numbers), card.photo(), false));
  }
}
