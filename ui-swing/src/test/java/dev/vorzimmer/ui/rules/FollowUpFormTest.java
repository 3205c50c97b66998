package dev.vorzimmer.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.ui.common.FormException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The "After a call" sentences map to callback_allow_hours, ping_calls and forged_ids. */
class FollowUpFormTest {
  private final ScreeningConfig defaults = ScreeningConfig.defaults();

  @Test
  void theDefaultsShowAllOnAnd48HoursAndSaveNothing() throws Exception {
    FollowUpForm f = FollowUpForm.of(defaults);
    assertThat(f).isEqualTo(new FollowUpForm(true, 48, true, true));
    assertThat(f.changes(defaults)).isEmpty();
  }

  @Test
  void switchingOffWritesZeroHoursAndFalse() throws Exception {
    assertThat(new FollowUpForm(false, 48, false, false).changes(defaults))
        .containsEntry("callback_allow_hours", 0L)
        .containsEntry("ping_calls", false)
        .containsEntry("forged_ids", false);
    assertThat(new FollowUpForm(true, 12, true, true).changes(defaults))
        .containsOnlyKeys("callback_allow_hours")
        .containsEntry("callback_allow_hours", 12L);
  }

  @Test
  void offInTheFileShowsTheCheckboxOffWith48HoursReadyAndRefusesZeroHoursWhenOn() {
    ScreeningConfig off = defaults.toBuilder().callbackAllow(Duration.ZERO).build();
    assertThat(FollowUpForm.of(off)).isEqualTo(new FollowUpForm(false, 48, true, true));
    assertThatThrownBy(() -> new FollowUpForm(true, 0, true, true).changes(defaults))
        .isInstanceOf(FormException.class)
        .extracting(e -> ((FormException) e).key())
        .isEqualTo("rules.error.callbackHours");
  }
}
