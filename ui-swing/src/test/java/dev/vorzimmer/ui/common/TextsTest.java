package dev.vorzimmer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {
  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream("/dev/vorzimmer/ui/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void englishAndGermanHaveTheSameKeys() throws IOException {
    assertThat(load("messages_de.properties").keySet())
        .isEqualTo(load("messages.properties").keySet());
  }

  @Test
  void otherLanguagesFallBackToEnglishAndArgumentsAreFilledIn() {
    assertThat(new Texts(Locale.FRENCH).get("tab.calls")).isEqualTo("Calls");
    assertThat(new Texts(Locale.GERMANY).get("tab.calls")).isEqualTo("Anrufe");
    assertThat(new Texts(Locale.ENGLISH).get("contacts.badNumber", "abc"))
        .isEqualTo("'abc' is not a complete phone number (with area code, e.g. 0171 5550123).");
    assertThat(new Texts(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
  }
}
