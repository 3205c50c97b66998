package dev.vorzimmer.ui.incall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.LiveCalls;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.LiveSessionListener.DeviceState;
import dev.vorzimmer.ui.common.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
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

  /** Live calls whose device reports the test sends. */
  private static final class Reports implements LiveCalls {
    final List<Consumer<Devices>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public boolean setMuted(String callId, boolean on) {
      return false;
    }

    @Override
    public boolean sendDtmf(String callId, char digit) {
      return false;
    }

    @Override
    public void addDeviceListener(Consumer<Devices> listener) {
      listeners.add(listener);
    }

    /** Reports {@code state} the way the media thread does, and waits until the EDT took it. */
    void report(String callId, DeviceState state) throws Exception {
      listeners.forEach(l -> l.accept(new Devices(callId, state)));
      SwingUtilities.invokeAndWait(() -> {});
    }
  }

  private final Reports calls = new Reports();
  private final AtomicReference<String> shown = new AtomicReference<>("");
  private final DeviceWarning warning =
      new DeviceWarning(new Texts(Locale.ENGLISH), calls, shown::get, () -> {});

  @Test
  void aMoveIsNamedEvenWhenTheCallsFirstReportCameBeforeTheViewShowedTheCall() throws Exception {

    calls.report("call-1", state("Headset mic", "Headset"));
    SwingUtilities.invokeAndWait(
        () -> {
          shown.set("call-1");
          warning.clear();
        });
    calls.report("call-1", state("Built-in mic", "Headset"));

    String[] text = new String[1];
    SwingUtilities.invokeAndWait(() -> text[0] = warning.label().getText());
    assertThat(text[0])
        .contains("Microphone “Headset mic” is gone — now listening on “Built-in mic”");
  }

  @Test
  void aProblemReportedBeforeTheViewShowedTheCallIsShownWhenItDoes() throws Exception {
    calls.report(
        "call-2",
        new DeviceState(
            "",
            Optional.of(new DeviceProblem(DeviceProblem.Kind.NO_DEVICE, "no capture device")),
            "Headset",
            Optional.empty()));
    calls.report("call-3", state("M", "S"));

    String[] text = new String[2];
    SwingUtilities.invokeAndWait(
        () -> {
          shown.set("call-2");
          warning.clear();
          text[0] = warning.label().getText();
          shown.set("call-3");
          warning.clear();
          text[1] = warning.label().getText();
        });
    assertThat(text[0]).startsWith("<html>").contains("No microphone: the caller hears silence.");
    assertThat(text[1]).isEqualTo(" ");
  }
}
