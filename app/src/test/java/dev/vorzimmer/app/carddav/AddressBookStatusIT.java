package dev.vorzimmer.app.carddav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.config.CardDavSettings;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the window's contacts tab shows about a synced address book comes from real syncs against
 * Radicale into a real SQLite store: the count after a good sync, and after a refused password or a
 * server that is down the reason and the count of the copy that stays.
 */
class AddressBookStatusIT {
  private static final Instant NOW = Instant.parse("2026-12-03T13:05:00Z");
  @TempDir Path dir;

  @Test
  void eachSyncLeavesAStatusTheWindowCanSay() throws Exception {
    AddressBookStatuses statuses = new AddressBookStatuses();
    AtomicInteger told = new AtomicInteger();
    statuses.addListener(told::incrementAndGet);
    Path password = dir.resolve("password.txt");
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("vorzimmer.db"));
        RadicaleServer radicale =
            RadicaleServer.start(Files.createDirectories(dir.resolve("radicale")))) {
      radicale.createBook();
      radicale.put("a.vcf", CardDavSyncIT.card("a", "FN:Anna", "TEL:+49301110001"));
      radicale.put("b.vcf", CardDavSyncIT.card("b", "FN:Bernd", "TEL:+49301110002"));
      AddressBooks books =
          new AddressBooks(
              store,
              new NumberNormaliser("DE")::toE164,
              dir.resolve("work"),
              statuses,
              Clock.fixed(NOW, ZoneOffset.UTC));
      CardDavSettings book =
          new CardDavSettings(radicale.book(), RadicaleServer.USER, password, "contacts", 60);

      Files.writeString(password, RadicaleServer.PASSWORD);
      books.sync(book);

      assertThat(statuses.all())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.ok()).isTrue();
                assertThat(s.entries()).isEqualTo(2);
                assertThat(s.host()).isEqualTo(radicale.book().getHost());
                assertThat(s.at()).isEqualTo(NOW);
                assertThat(s.trouble()).isEqualTo(AddressBookStatus.Trouble.NONE);
              });
      assertThat(store.contactBook().sources()).hasSize(2);

      Files.writeString(password, "wrong");
      books.sync(book);

      assertThat(statuses.all())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.ok()).isFalse();
                assertThat(s.trouble()).isEqualTo(AddressBookStatus.Trouble.REFUSED);
                assertThat(s.entries()).as("the copy of the last sync stays").isEqualTo(2);
              });
      assertThat(store.contactBook().list()).extracting(Contact::name).contains("Anna", "Bernd");

      Files.delete(password);
      books.sync(book);

      assertThat(statuses.all().get(0).trouble()).isEqualTo(AddressBookStatus.Trouble.NO_PASSWORD);
    }
    assertThat(told).as("the window is told after every sync").hasValue(3);
  }
}
