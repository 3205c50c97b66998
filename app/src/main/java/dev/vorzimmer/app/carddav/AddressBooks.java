package dev.vorzimmer.app.carddav;

import dev.vorzimmer.app.config.CardDavSettings;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the configured CardDAV address books into the store: role {@code contacts} replaces the
 * contacts of that source (contacts entered here are never touched), {@code block}/{@code allow}
 * replace a list import named after the book. A failed sync changes nothing. Keeps each book's
 * ETags between calls, so later syncs fetch only what changed; call it from one thread only.
 */
public final class AddressBooks {
  private static final Logger log = LoggerFactory.getLogger(AddressBooks.class);

  /**
   * The outcome for one book.
   *
   * @param ok false if nothing could be synced (the stored copy is unchanged)
   * @param status one line naming the book
   * @param problems skipped cards and numbers
   * @param trouble why it failed ({@code NONE} when it worked)
   * @param entries contacts (or list entries) the book holds after a good sync
   */
  public record Outcome(
      boolean ok,
      String status,
      List<String> problems,
      AddressBookStatus.Trouble trouble,
      int entries) {}

  private final ScreeningStore store;
  private final Function<String, Optional<String>> normaliser;
  private final Path workDir;

  /** Made on the first sync: building one loads the TLS trust store (~0.15 s of a start). */
  private HttpClient http;

  private final Map<String, CardDavSync> syncs = new HashMap<>();
  private final AddressBookStatuses statuses;
  private final Clock clock;

  /**
   * @param workDir private folder for the list files a block/allow book is imported from
   */
  public AddressBooks(
      ScreeningStore store, Function<String, Optional<String>> normaliser, Path workDir) {
    this(store, normaliser, workDir, new AddressBookStatuses(), Clock.systemUTC());
  }

  /**
   * As {@link #AddressBooks(ScreeningStore, Function, Path)}, recording each sync's outcome in
   * {@code statuses} (what the window shows).
   */
  public AddressBooks(
      ScreeningStore store,
      Function<String, Optional<String>> normaliser,
      Path workDir,
      AddressBookStatuses statuses,
      Clock clock) {
    this.store = store;
    this.normaliser = normaliser;
    this.workDir = workDir;
    this.statuses = statuses;
    this.clock = clock;
  }

  /** Syncs {@code book} once and records how it went. */
  public Outcome sync(CardDavSettings book) throws InterruptedException, IOException {
    Outcome o = syncOnce(book);
    int entries = o.ok() ? o.entries() : entriesBefore(book);
    statuses.record(
        new AddressBookStatus(
            book.url(),
            book.role(),
            o.ok(),
            clock.instant(),
            entries,
            o.trouble(),
            o.ok() ? "" : o.status()));
    return o;
  }

  /** What a failed sync leaves: the entries of the last good one. */
  private int entriesBefore(CardDavSettings book) {
    return statuses.all().stream()
        .filter(s -> s.book().equals(book.url()))
        .mapToInt(AddressBookStatus::entries)
        .findFirst()
        .orElse(0);
  }

  /**
   * A book's sync state is kept per password: a changed password file (read at every sync) is used
   * at once, with a fresh state.
   */
  private String key(CardDavSettings book, String password) {
    String key = book.source() + "\u0000" + book.user();
    syncs
        .keySet()
        .removeIf(k -> k.startsWith(key + "\u0000") && !k.equals(key + "\u0000" + password));
    return key + "\u0000" + password;
  }

  private Outcome syncOnce(CardDavSettings book) throws InterruptedException, IOException {
    String password;
    try {
      password = Files.readString(book.passwordFile(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return new Outcome(
          false,
          book.url() + ": password_file " + book.passwordFile() + " cannot be read: " + e,
          List.of(),
          AddressBookStatus.Trouble.NO_PASSWORD,
          0);
    }
    CardDavSync sync =
        syncs.computeIfAbsent(
            key(book, password),
            k -> CardDavSync.of(http(), book.url(), book.user(), password, normaliser));
    CardDavSync.Result r = sync.sync();
    if (!r.ok()) {
      return new Outcome(false, r.status(), r.problems(), r.trouble(), 0);
    }
    if (book.role().equals("contacts")) {
      store.contactBook().replaceSource(book.source(), sync.contacts());
    } else {
      importList(book, sync.contacts());
    }
    return new Outcome(
        true,
        book.url() + " (" + book.role() + "): " + r.status(),
        r.problems(),
        AddressBookStatus.Trouble.NONE,
        sync.contacts().size());
  }

  /**
   * Syncs every book now and then every {@link CardDavSettings#intervalMinutes()} on {@code
   * executor}, which must be single-threaded (this object is not thread-safe). Each outcome is
   * logged; a failing book never stops the others or its own next run.
   */
  public void schedule(ScheduledExecutorService executor, List<CardDavSettings> books) {
    for (CardDavSettings b : books) {
      executor.scheduleWithFixedDelay(
          () -> syncLogged(b), 0, b.intervalMinutes(), TimeUnit.MINUTES);
    }
  }

  private void syncLogged(CardDavSettings book) {
    try {
      Outcome o = sync(book);
      if (o.ok()) {
        log.info("address book {}", o.status());
      } else {
        log.warn("address book {}", o.status());
      }
      o.problems().forEach(p -> log.info("address book {}: skipped {}", book.url(), p));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      log.warn("address book {}: sync failed, stored contacts kept: {}", book.url(), e.toString());
    }
  }

  private void importList(CardDavSettings book, List<Contact> contacts) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Contact c : contacts) {
      String reason = c.name().replace('\n', ' ').replace('\r', ' ');
      c.numbers().forEach(n -> lines.add(n + "," + reason));
    }
    Files.createDirectories(workDir);
    String name =
        "carddav-"
            + book.url().getHost()
            + "-"
            + Integer.toHexString(book.url().hashCode())
            + ".txt";
    Path file = workDir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    ListKind kind = book.role().equals("block") ? ListKind.BLOCK : ListKind.ALLOW;
    store.listStore().importText(file, kind);
  }

  private HttpClient http() {
    if (http == null) {
      http = CardDavSync.httpClient();
    }
    return http;
  }
}
