package dev.vorzimmer.screening.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FritzBoxXmlReaderTest {
  private final Function<String, Optional<String>> german = new NumberNormaliser("DE")::toE164;

  static byte[] fixture() throws IOException {
    try (InputStream in =
        FritzBoxXmlReaderTest.class.getResourceAsStream("/fritzbox/phonebook.xml")) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsNamesNumbersAndVipAsFavourite() throws IOException {
    VCardContacts.ReadResult r = FritzBoxXmlReader.read(fixture(), "phonebook.xml", german);

    assertThat(r.contacts())
        .extracting(Contact::name, Contact::numbers, Contact::favourite)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Jürgen Müller", List.of("+49301234567", "+491712345678"), true),
            org.assertj.core.groups.Tuple.tuple("Pflegedienst", List.of("+49407654321"), false),
            org.assertj.core.groups.Tuple.tuple("Tür", List.of("+49309876543"), false));
    assertThat(r.skipped()).isEqualTo(2);
  }

  @Test
  void badContactsAndNumbersAreReportedWithTheirLineAndSkipped() throws IOException {
    VCardContacts.ReadResult r = FritzBoxXmlReader.read(fixture(), "phonebook.xml", german);

    assertThat(r.problems())
        .containsExactly(
            "phonebook.xml:23: contact 'Nur Mail': no usable phone number, contact skipped",
            "phonebook.xml:29: contact 'Tür': line 33: '**610' is not a usable phone number,"
                + " ignored",
            "phonebook.xml:38: contact 'Kaputt': line 42: 'abc-def' is not a usable phone number,"
                + " ignored",
            "phonebook.xml:38: contact 'Kaputt': no usable phone number, contact skipped");
  }

  @Test
  void latin1BytesDeclaredAsUtf8AreReadAndTheMismatchReported() throws IOException {
    byte[] latin1 =
        new String(fixture(), StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);

    VCardContacts.ReadResult r = FritzBoxXmlReader.read(latin1, "alt.xml", german);

    assertThat(r.contacts()).extracting(Contact::name).contains("Jürgen Müller", "Tür");
    assertThat(r.problems().get(0))
        .startsWith("alt.xml: declared utf-8 but the bytes are not utf-8; read as ISO-8859-1");
  }

  @Test
  void aFileThatIsNoPhonebookIsRefusedWithItsName() {
    byte[] html = "<html><body>login</body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] broken = "<phonebooks><phonebook><contact>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FritzBoxXmlReader.read(html, "x.xml", german))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("x.xml: not a FRITZ!Box phonebook");
    assertThatThrownBy(() -> FritzBoxXmlReader.read(broken, "y.xml", german))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("y.xml: not a FRITZ!Box phonebook");
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    byte[] xxe =
        ("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<phonebooks><phonebook><contact><person><realName>&x;</realName></person>"
                + "<telephony><number>+4930123</number></telephony></contact></phonebook></phonebooks>")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FritzBoxXmlReader.read(xxe, "e.xml", german))
        .isInstanceOf(IOException.class)
        .hasMessageNotContaining("root:");
  }
}
