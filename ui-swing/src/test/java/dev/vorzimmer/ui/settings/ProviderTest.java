package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.ui.common.Texts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProviderTest {
  @Test
  void onlyTheFritzBoxPresetFillsInAServerTheOthersLeaveItToTheUser() {
    assertThat(Provider.FRITZBOX.registrar()).isEqualTo("fritz.box");
    for (Provider p : new Provider[] {Provider.TELEKOM, Provider.SIPGATE, Provider.IONOS}) {
      assertThat(p.domain()).as(p.name()).isEmpty();
      assertThat(p.registrar()).as(p.name()).isEmpty();
    }
  }

  @Test
  void everyPresetIsNamedAndExplainedInEnglishAndGerman() {
    for (Locale l : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
      Texts t = new Texts(l);
      for (Provider p : Provider.values()) {
        assertThat(p.label(t)).doesNotStartWith("!");
        assertThat(p.hint(t)).doesNotStartWith("!").isNotBlank();
      }
    }
    assertThat(Provider.SIPGATE.hint(new Texts(Locale.GERMAN))).contains("SIP-ID");
  }
}
