package dev.vorzimmer.app.carddav;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vorzimmer contacts sync} with two {@code [[contacts.carddav]]} books on a real Radicale:
 * one of contacts (they ring), one of role block (they are rejected); a server that is gone leaves
 * both in place.
 */
class ContactsSyncCliIT {
  @TempDir Path home;
  @TempDir Path radicaleDir;

  private CliRun vz(String... args) {
    return CliRun.in(home, args);
  }

  @Test
  void contactsRingBlockedNumbersAreRejectedAndADownServerKeepsThem() throws Exception {
    Path config = home.resolve("config.toml");
    Files.writeString(home.resolve("dav-password"), RadicaleServer.PASSWORD + "\n");
    try (RadicaleServer radicale = RadicaleServer.start(radicaleDir)) {
      radicale.createBook();
      radicale.put("o.vcf", CardDavSyncIT.card("o", "FN:Oma Grün", "TEL:030 1234567"));
      String spamBook = radicale.book().toString().replace("/book/", "/spam/");
      radicale.createCollection(spamBook);
      radicale.putAt(
          spamBook + "s.vcf", CardDavSyncIT.card("s", "FN:Spam GmbH", "TEL:+49 211 5550199"));
      Files.writeString(
          config,
          String.join(
              "\n",
              "[[contacts.carddav]]",
              "url = \"" + radicale.book() + "\"",
              "user = \"" + RadicaleServer.USER + "\"",
              "password_file = \"dav-password\"",
              "",
              "[[contacts.carddav]]",
              "url = \"" + spamBook + "\"",
              "user = \"" + RadicaleServer.USER + "\"",
              "password_file = \"dav-password\"",
              "role = \"block\"",
              ""));

      CliRun sync = vz("contacts", "sync");

      assertThat(sync.code()).as(sync.out() + sync.err()).isZero();
      assertThat(vz("check", "030 1234567").out()).startsWith("RING").contains("Oma Grün");
      assertThat(vz("check", "0211 5550199").out()).startsWith("REJECT");
      assertThat(vz("contacts", "list").out())
          .contains("Oma Grün")
          .contains("from carddav:" + radicale.book());
    }

    CliRun down = vz("contacts", "sync");

    assertThat(down.code()).isEqualTo(1);
    assertThat(down.out()).contains("server not reachable").contains("contacts kept");
    assertThat(vz("check", "030 1234567").out()).startsWith("RING");
    assertThat(vz("check", "0211 5550199").out()).startsWith("REJECT");
  }

  @Test
  void anUnknownRoleIsAConfigErrorNamingFileAndLine() throws Exception {
    Files.writeString(
        home.resolve("config.toml"),
        "[[contacts.carddav]]\nurl = \"https://dav.example.org/a/\"\nuser = \"a\"\n"
            + "password_file = \"p\"\nrole = \"blok\"\n");

    CliRun r = vz("contacts", "sync");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("config.toml").contains(":5").contains("role");
  }
}
