package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever audio arrives, the triage answers, and its speech measure stays within the recording.
 */
class MessageTriagePropertiesTest {

  @Property(tries = 200)
  void anyAudioGetsAClassAndAtMostItsOwnLengthOfSpeech(@ForAll @Size(max = 40_000) short[] audio) {
    Triage t = MessageTriage.classify(audio);

    assertThat(t.kind()).isNotNull();
    assertThat(t.speechSeconds()).isBetween(0.0, audio.length / 8000.0);
  }

  @Property(tries = 50)
  void splittingTheInputNeverChangesTheAnswer(
      @ForAll @Size(min = 1, max = 20_000) short[] audio,
      @ForAll @IntRange(min = 1, max = 5000) int chunk) {
    var whole = MessageTriage.classify(audio);
    var streamed = new dev.vorzimmer.media.internal.triage.TriageAnalyser();
    for (int at = 0; at < audio.length; at += chunk) {
      short[] part = java.util.Arrays.copyOfRange(audio, at, Math.min(audio.length, at + chunk));
      streamed.accept(part, part.length);
    }

    assertThat(streamed.finish()).isEqualTo(whole);
  }
}
