package dev.vorzimmer.app.carddav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.sun.net.httpserver.HttpServer;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-only sync against a real Radicale started by the test; cards are put in over HTTP. */
class CardDavSyncIT {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
  private final Function<String, Optional<String>> german = new NumberNormaliser("DE")::toE164;
  private final HttpClient http = CardDavSync.httpClient();
  @TempDir Path dir;

  static String card(String uid, String... lines) {
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:"
        + uid
        + "\r\n"
        + String.join("\r\n", lines)
        + "\r\nEND:VCARD\r\n";
  }

  @Test
  void fetchesOnlyChangedCardsAndReflectsDeletions() throws Exception {
    try (RadicaleServer radicale = RadicaleServer.start(dir)) {
      radicale.createBook();
      String photo = Base64.getEncoder().encodeToString(PNG);
      radicale.put(
          "anna.vcf",
          card(
              "anna",
              "FN:Anna Roth",
              "TEL;TYPE=CELL:0171 2345678",
              "PHOTO;ENCODING=b;TYPE=PNG:" + photo));
      radicale.put(
          "bernd.vcf", card("bernd", "FN:Bernd", "TEL:030 1234567", "TEL:tel:+49-40-1234567"));
      radicale.put("mail.vcf", card("mail", "FN:Nur Mail", "EMAIL:m@example.org"));
      radicale.put("bad.vcf", card("bad", "FN:Kaputt", "TEL:hello", "TEL:+49 89 12345678"));
      CardDavSync sync =
          CardDavSync.of(
              http, radicale.book(), RadicaleServer.USER, RadicaleServer.PASSWORD, german);

      CardDavSync.Result first = sync.sync();

      assertThat(first.ok()).as(first.status()).isTrue();
      assertThat(first.fetched()).isEqualTo(4);
      assertThat(sync.contacts())
          .extracting(Contact::name, Contact::numbers)
          .containsExactlyInAnyOrder(
              tuple("Anna Roth", List.of("+491712345678")),
              tuple("Bernd", List.of("+49301234567", "+49401234567")),
              tuple("Kaputt", List.of("+498912345678")));
      assertThat(byName(sync, "Anna Roth").photo())
          .hasValueSatisfying(p -> assertThat(p).isEqualTo(PNG));
      assertThat(first.problems())
          .anySatisfy(p -> assertThat(p).contains("mail.vcf 'Nur Mail'").contains("no usable"))
          .anySatisfy(p -> assertThat(p).contains("bad.vcf 'Kaputt'").contains("'hello'"));

      assertThat(sync.sync().fetched()).as("unchanged ctag: nothing fetched").isZero();

      radicale.put("bernd.vcf", card("bernd", "FN:Bernd Neu", "TEL:030 1234567"));
      radicale.delete("anna.vcf");
      CardDavSync.Result third = sync.sync();

      assertThat(third.fetched()).isEqualTo(1);
      assertThat(third.removed()).isEqualTo(1);
      assertThat(sync.contacts())
          .extracting(Contact::name)
          .containsExactlyInAnyOrder("Bernd Neu", "Kaputt");
    }
  }

  @Test
  void aHugePhotoIsDroppedAndTheCardKept() throws Exception {
    try (RadicaleServer radicale = RadicaleServer.start(dir)) {
      radicale.createBook();
      byte[] big = new byte[CardDavSync.PHOTO_CAP + 1];
      radicale.put(
          "big.vcf",
          card(
              "big",
              "FN:Gross",
              "TEL:+49305550123",
              "PHOTO;ENCODING=b;TYPE=JPEG:" + Base64.getEncoder().encodeToString(big)));
      CardDavSync sync =
          CardDavSync.of(
              http, radicale.book(), RadicaleServer.USER, RadicaleServer.PASSWORD, german);

      CardDavSync.Result r = sync.sync();

      assertThat(r.ok()).as(r.status()).isTrue();
      assertThat(byName(sync, "Gross").photo()).isEmpty();
      assertThat(r.problems()).singleElement().asString().contains("big.vcf 'Gross': photo");
    }
  }

  @Test
  void wrongPasswordOrServerDownIsAStatusAndTheCopyIsKept() throws Exception {
    CardDavSync sync;
    try (RadicaleServer radicale = RadicaleServer.start(dir)) {
      radicale.createBook();
      radicale.put("c.vcf", card("c", "FN:Clara", "TEL:+49307770123"));
      sync =
          CardDavSync.of(
              http, radicale.book(), RadicaleServer.USER, RadicaleServer.PASSWORD, german);
      CardDavSync.Result first = sync.sync();
      assertThat(first.ok()).as(first.status()).isTrue();

      CardDavSync.Result denied =
          CardDavSync.of(http, radicale.book(), RadicaleServer.USER, "wrong", german).sync();

      assertThat(denied.ok()).isFalse();
      assertThat(denied.status()).contains("refused user or password (HTTP 401)");
    }

    CardDavSync.Result down = sync.sync();

    assertThat(down.ok()).isFalse();
    assertThat(down.status()).contains("server not reachable").contains("contacts kept");
    assertThat(sync.contacts()).extracting(Contact::name).containsExactly("Clara");
  }

  @Test
  void aRedirectToAnotherHostIsRefusedAndNotFollowed() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger requests = new AtomicInteger();
    server.createContext(
        "/",
        ex -> {
          requests.incrementAndGet();
          ex.getResponseHeaders().add("Location", "http://198.51.100.7/steal/");
          ex.sendResponseHeaders(301, -1);
          ex.close();
        });
    server.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/book/");

      CardDavSync.Result r = CardDavSync.of(http, url, "anna", "secret", german).sync();

      assertThat(r.ok()).isFalse();
      assertThat(r.status())
          .contains("redirect to another host (http://198.51.100.7/steal/) refused");
      assertThat(requests.get()).isEqualTo(1);
    } finally {
      server.stop(0);
    }
  }

  private static Contact byName(CardDavSync sync, String name) {
    return sync.contacts().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }
}
