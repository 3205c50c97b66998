package dev.vorzimmer.ui.incall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.LiveSessionListener.DeviceState;
import dev.vorzimmer.ui.common.Texts;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the in-call view says when the sound server moved a call to another device. */
class DeviceWarningTest {
  private static DeviceState state(String microphone, String speaker) {
    return new DeviceState(microphone, Optional.empty(), speaker, Optional.empty());
  }

  @Test
  void aSpeakerThatLeftIsNamedWithTheOneThatTookOverInEnglishAndGerman() {
    DeviceState before = state("Headset mic", "USB headset");
    DeviceState after = state("Headset mic", "Built-in speakers");

    assertThat(DeviceWarning.moved(new Texts(Locale.ENGLISH), before, after))
        .containsExactly(
            "Speaker “USB headset” is gone — now playing on “Built-in speakers”. The call goes on.");
    assertThat(DeviceWarning.moved(new Texts(Locale.GERMAN), before, after))
        .containsExactly(
            "Lautsprecher „USB headset“ ist weg — der Ton läuft jetzt über „Built-in speakers“."
                + " Das Gespräch läuft weiter.");
  }

  @Test
  void aMicrophoneThatLeftIsNamedToo() {
    assertThat(
            DeviceWarning.moved(
                new Texts(Locale.ENGLISH), state("Headset mic", "S"), state("Webcam mic", "S")))
        .containsExactly(
            "Microphone “Headset mic” is gone — now listening on “Webcam mic”. The call goes on.");
  }

  @Test
  void theFirstReportAndAnUnchangedOneSayNothing() {
    Texts texts = new Texts(Locale.ENGLISH);
    assertThat(DeviceWarning.moved(texts, null, state("M", "S"))).isEmpty();
    assertThat(DeviceWarning.moved(texts, state("M", "S"), state("M", "S"))).isEmpty();
  }
}
