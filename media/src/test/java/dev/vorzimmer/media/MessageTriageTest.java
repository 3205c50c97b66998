package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.media.Triage.Kind;
import dev.vorzimmer.media.Triage.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageTriageTest {

  @TempDir Path dir;

  @Test
  void classifiesTheTestSetWithAtMostOneError() throws IOException {
    List<TriageCorpus.Sample> samples = TriageCorpus.all();
    List<String> wrong = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    for (TriageCorpus.Sample s : samples) {
      Path wav = dir.resolve(s.name() + ".wav");
      writeWav(wav, s.audio());
      Triage t = MessageTriage.classify(wav);
      table.append(
          String.format(
              "| %s | %s | %s | %s | %.2f s | %s |%n",
              s.name(),
              s.source(),
              s.expected().label(),
              t.kind().label(),
              t.speechSeconds(),
              t.signals()));
      if (t.kind() != s.expected()) {
        wrong.add(s.name() + ": expected " + s.expected() + ", got " + t);
      }
    }
    System.out.print(table);
    assertThat(samples).hasSizeGreaterThanOrEqualTo(20);
    assertThat(wrong).as("misclassified").hasSizeLessThanOrEqualTo(1);
  }

  /** Writes a message the way the answering machine does. */
  static void writeWav(Path wav, short[] audio) throws IOException {
    try (CrashSafeWavWriter w = CrashSafeWavWriter.create(wav)) {
      w.write(audio, 0, audio.length);
      w.finish();
    }
  }

  @Test
  void namesTheSignalsHeard() {
    Triage fax =
        MessageTriage.classify(
            TriageCorpus.repeat(
                TriageCorpus.concat(Synth.tone(1100, 500, 0.3), new short[24000]), 2));
    Triage sit = MessageTriage.classify(TriageCorpus.sit(913.8, 1370.6, 1776.7, 274, 274, 380));
    Triage dtmf = MessageTriage.classify(Synth.dtmf("5", 100, 100));

    assertThat(fax.kind()).isEqualTo(Kind.TONES);
    assertThat(fax.signals()).containsExactly(Signal.FAX_CALLING);
    assertThat(sit.signals()).containsExactly(Signal.SIT);
    assertThat(dtmf.signals()).containsExactly(Signal.DTMF);
  }

  @Test
  void speechSecondsFollowTheSpokenPart() {
    short[] speech = TriageCorpus.clip("speech-en-garage.wav");
    Triage alone = MessageTriage.classify(speech);
    Triage padded =
        MessageTriage.classify(
            TriageCorpus.concat(
                TriageCorpus.comfortNoise(20, 1), speech, TriageCorpus.comfortNoise(20, 2)));

    assertThat(alone.speechSeconds()).isBetween(2.0, speech.length / 8000.0);
    assertThat(padded.speechSeconds())
        .isCloseTo(alone.speechSeconds(), org.assertj.core.data.Offset.offset(0.3));
  }

  @Test
  void emptyAndTinyRecordingsAreSilent() {
    assertThat(MessageTriage.classify(new short[0]))
        .isEqualTo(new Triage(Kind.SILENT, 0, java.util.Set.of()));
    assertThat(MessageTriage.classify(new short[100]).kind()).isEqualTo(Kind.SILENT);
  }

  @Test
  void theSameInputGivesTheSameAnswer() {
    short[] audio = TriageCorpus.sippVoice();
    assertThat(MessageTriage.classify(audio)).isEqualTo(MessageTriage.classify(audio));
  }

  @Test
  void aFileThatIsNoAudioIsAClearError() throws IOException {
    Path bad = Files.writeString(dir.resolve("notes.wav"), "not audio at all");
    assertThatThrownBy(() -> MessageTriage.classify(bad))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("notes.wav");
  }
}
