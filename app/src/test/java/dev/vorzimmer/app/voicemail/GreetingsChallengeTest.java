package dev.vorzimmer.app.voicemail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.ChallengeTiming;
import dev.vorzimmer.media.ChallengePrompt;
import dev.vorzimmer.media.WavAudio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The challenge prompt slots: the user's beginning plus the digit, and the timing it needs. */
class GreetingsChallengeTest {
  @TempDir Path dir;

  @Test
  void withoutAFileTheBundledPromptAndTimingApply() {
    Greetings g = new Greetings(dir, List.of("de"));

    assertThat(g.challengePrompt("en", '5').samples())
        .isEqualTo(ChallengePrompt.of(Locale.ENGLISH, '5').samples());
    assertThat(g.challengePrompt("default", '5').samples())
        .as("withheld numbers hear the user's language")
        .isEqualTo(ChallengePrompt.of(Locale.GERMAN, '5').samples());
    assertThat(g.challengeTimeout('5')).isEqualTo(ChallengeTiming.timeout('5'));
  }

  @Test
  void aLongRecordedBeginningIsFollowedByTheDigitAndLengthensTheWait() throws Exception {
    short[] tenSeconds = new short[80_000];
    java.util.Arrays.fill(tenSeconds, (short) 3000);
    WavAudio.write(dir.resolve("challenge-de.wav"), tenSeconds);
    Greetings g = new Greetings(dir, List.of("de"));

    short[] prompt = g.challengePrompt("de", '7').samples();
    short[] bundledDigitOnly =
        ChallengePrompt.of(dev.vorzimmer.media.Greeting.of(new short[0]), Locale.GERMAN, '7')
            .samples();
    assertThat(prompt).hasSize(tenSeconds.length + bundledDigitOnly.length);
    assertThat(prompt[40_000]).isEqualTo((short) 3000);
    assertThat(g.challengePrompt("en", '7').samples())
        .as("the English slot is still the bundled one")
        .isEqualTo(ChallengePrompt.of(Locale.ENGLISH, '7').samples());
    Duration longer = g.challengeTimeout('7');
    assertThat(longer)
        .isEqualTo(ChallengeTiming.timeout(Duration.ofMillis(prompt.length / 8)))
        .isGreaterThan(ChallengeTiming.timeout('7').plusSeconds(10));
    assertThat(Files.exists(g.userFile("challenge-de"))).isTrue();
  }
}
