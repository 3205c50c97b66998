package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contacts import-fritzbox} / {@code export-fritzbox} through the real CLI and store. */
class FritzBoxCliTest {
  private static final String BOOK =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <phonebooks><phonebook name="Telefonbuch">
      <contact><category>1</category><person><realName>Oma Grün</realName></person>
      <telephony><number type="home" prio="1">030 1234567</number></telephony></contact>
      <contact><category>0</category><person><realName>Garage</realName></person>
      <telephony><number type="home">**9</number></telephony></contact>
      </phonebook></phonebooks>
      """;

  @TempDir Path home;

  private CliRun vz(String... args) {
    return CliRun.in(home, args);
  }

  @Test
  void importedVipRingsAndTheBadContactIsNamed() throws Exception {
    Path file = home.resolve("Telefonbuch.xml");
    Files.writeString(file, BOOK, StandardCharsets.UTF_8);

    CliRun r = vz("contacts", "import-fritzbox", file.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("imported 1 contacts, 0 duplicates, 1 skipped")
        .contains("Telefonbuch.xml:5: contact 'Garage'");
    assertThat(vz("check", "+49301234567").out()).startsWith("RING").contains("Oma Grün");
    assertThat(vz("contacts", "list").out()).contains("Oma Grün").contains("favourite");
  }

  @Test
  void exportWritesAPhonebookTheBoxReads() throws Exception {
    vz("contacts", "add", "Praxis Dr. Weiß", "0171 2345678", "--favourite");
    Path out = home.resolve("export.xml");

    CliRun r = vz("contacts", "export-fritzbox", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        .contains("<realName>Praxis Dr. Weiß</realName>")
        .contains("<category>1</category>")
        .contains("<number type=\"mobile\" prio=\"1\" id=\"0\">+491712345678</number>");
  }

  @Test
  void aFileThatIsNoPhonebookIsAClearError() throws Exception {
    Path file = home.resolve("login.html");
    Files.writeString(file, "<html><body>FRITZ!Box login</body></html>");

    CliRun r = vz("contacts", "import-fritzbox", file.toString());

    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("login.html: not a FRITZ!Box phonebook");
    assertThat(vz("contacts", "list").out()).contains("no contacts");
  }
}
