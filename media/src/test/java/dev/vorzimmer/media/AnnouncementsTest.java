package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vorzimmer.media.Triage.Kind;
import dev.vorzimmer.media.internal.audio.AudioMeasures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AnnouncementsTest {

  private static final int BLOCK = 160;
  private static final double[] SIT = {913.8, 1370.6, 1776.7};

  /**
   * Which SIT frequency holds most of each 20 ms block's energy (index, or -1), as runs [index,
   * blocks].
   */
  static List<int[]> sitRuns(short[] audio) {
    List<int[]> runs = new ArrayList<>();
    for (int at = 0; at + BLOCK <= audio.length; at += BLOCK) {
      short[] block = Arrays.copyOfRange(audio, at, at + BLOCK);
      double total = AudioMeasures.rms(block) * AudioMeasures.rms(block);
      int found = -1;
      for (int k = 0; k < SIT.length; k++) {
        // Goertzel power normalised so that a pure sine of amplitude A gives A²/4 = total / 2
        if (total > 0 && 2 * AudioMeasures.power(block, SIT[k]) / total > 0.8) {
          found = k;
        }
      }
      if (!runs.isEmpty() && runs.get(runs.size() - 1)[0] == found) {
        runs.get(runs.size() - 1)[1]++;
      } else {
        runs.add(new int[] {found, 1});
      }
    }
    return runs;
  }

  @Test
  void theThreeToneSequenceHasTheSitFrequenciesInOrderAndLength() {
    List<int[]> runs = sitRuns(Announcements.specialInformationTones());

    assertThat(runs.stream().filter(r -> r[0] >= 0).map(r -> r[0])).containsExactly(0, 1, 2);
    int[] lengthsMs = runs.stream().filter(r -> r[0] >= 0).mapToInt(r -> r[1] * 20).toArray();
    assertThat(lengthsMs[0]).isCloseTo(274, within(25));
    assertThat(lengthsMs[1]).isCloseTo(274, within(25));
    assertThat(lengthsMs[2]).isCloseTo(380, within(25));
  }

  @Test
  void notAvailableIsSitThenSpeechTwiceInEitherLanguage() {
    for (Locale lang : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      short[] audio = Announcements.notAvailable(lang).samples();
      List<Integer> order = new ArrayList<>();
      for (int[] run : sitRuns(audio)) {
        if (run[0] >= 0 && run[1] >= 5) {
          order.add(run[0]);
        }
      }
      int sitLength = Announcements.specialInformationTones().length;
      short[] firstSpeech = Arrays.copyOfRange(audio, sitLength, audio.length / 2);

      assertThat(order).as(lang + " tone order").containsExactly(0, 1, 2, 0, 1, 2);
      Triage speech = MessageTriage.classify(firstSpeech);
      assertThat(speech.kind()).as(lang + " announcement: " + speech).isIn(Kind.SPEECH, Kind.SHORT);
      assertThat(speech.speechSeconds()).as(lang + " announcement: " + speech).isGreaterThan(1.0);
    }
  }

  @Test
  void theLanguagesHaveTheirOwnAnnouncement() {
    assertThat(Announcements.notAvailable(Locale.GERMAN).samples())
        .isNotEqualTo(Announcements.notAvailable(Locale.ENGLISH).samples());
    assertThat(Announcements.notAvailable(Locale.FRENCH).samples())
        .isEqualTo(Announcements.notAvailable(Locale.ENGLISH).samples());
  }

  @Test
  void theTriageHearsTheIntercept() {
    Triage t = MessageTriage.classify(Announcements.specialInformationTones());
    assertThat(t.kind()).isEqualTo(Kind.TONES);
    assertThat(t.signals()).containsExactly(Triage.Signal.SIT);
  }
}
