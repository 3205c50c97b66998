package dev.vorzimmer.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ChallengeConfig;
import dev.vorzimmer.screening.RejectWith;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The robot sentences of the Rules tab map to challenge, challenge_fail and robot_reject_with. */
class RobotsFormTest {
  private final ScreeningConfig defaults = ScreeningConfig.defaults();

  @Test
  void theDefaultsShowNoChallengeVoicemailOnFailureAndTheAnnouncementForRobotsAndSaveNothing() {
    RobotsForm f = RobotsForm.of(defaults);
    assertThat(f).isEqualTo(new RobotsForm(Set.of(), false, true));
    assertThat(f.changes(defaults)).isEmpty();
  }

  @Test
  void tickingConditionsWritesThemInTheTabsOrderAndTheOtherSwitchesTheirTomlWords() {
    RobotsForm f = new RobotsForm(Set.of("robot_suspect", "unknown"), true, false);
    assertThat(f.changes(defaults))
        .containsEntry("challenge", List.of("unknown", "robot_suspect"))
        .containsEntry("challenge_fail", "hangup")
        .containsEntry("robot_reject_with", "603");
  }

  @Test
  void aConfigWithAChallengeShowsItAndUntickingAllWritesAnEmptyList() {
    ScreeningConfig on =
        defaults.toBuilder()
            .challenge(
                new ChallengeConfig(
                    Set.of("anonymous"),
                    "0-9",
                    Verdict.REJECT,
                    Duration.ofDays(30),
                    Duration.ofSeconds(6),
                    1))
            .robotRejectWith(RejectWith.status(603))
            .build();
    assertThat(RobotsForm.of(on)).isEqualTo(new RobotsForm(Set.of("anonymous"), true, false));
    assertThat(new RobotsForm(Set.of(), true, false).changes(on))
        .containsOnlyKeys("challenge")
        .containsEntry("challenge", List.of());
  }

  @Test
  void choosingHowBlockedNumbersAreTurnedAwayWritesRejectWithAndRemovesTheOldKey() {
    RobotsForm f = new RobotsForm(Set.of(), false, true, "unavailable");
    assertThat(f.changes(defaults))
        .containsOnlyKeys("reject_with", "reject_status")
        .containsEntry("reject_with", "unavailable")
        .containsEntry("reject_status", null);
  }

  @Test
  void anOldRejectStatusOutsideTheFourChoicesIsShownAndKeptUntilChanged() {
    ScreeningConfig old = defaults.toBuilder().rejectWith(RejectWith.status(480)).build();
    RobotsForm f = RobotsForm.of(old);
    assertThat(f.rejectWith()).isEqualTo("480");
    assertThat(f.changes(old)).isEmpty();
  }
}
