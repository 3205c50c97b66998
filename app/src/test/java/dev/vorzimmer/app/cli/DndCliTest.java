package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.store.DoNotDisturb;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vorzimmer dnd} through the real CLI in a German terminal: the switch lands in the shared
 * database (where a running phone reads it on each call) and the answers are German.
 */
class DndCliTest {
  @TempDir Path home;
  private Locale before;

  @BeforeEach
  void german() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
  }

  @AfterEach
  void restore() {
    Locale.setDefault(before);
  }

  private CliRun vz(String... args) {
    return CliRun.in(home, args);
  }

  private DoNotDisturb.State stored() {
    try (ScreeningStore store =
        ScreeningStore.open(dev.vorzimmer.app.AppHome.at(home).databaseFile())) {
      return store.doNotDisturb().read();
    }
  }

  @Test
  void onOffAndStatusInGerman() {
    CliRun on = vz("dnd", "on");
    assertThat(on.code()).as(on.err()).isZero();
    assertThat(on.out()).startsWith("Bitte nicht stören ist an:");
    assertThat(vz("dnd").out()).startsWith("Bitte nicht stören ist an:");
    CliRun off = vz("dnd", "off");
    assertThat(off.out()).startsWith("Bitte nicht stören ist aus");
  }

  @Test
  void untilATimeOfDayIsTheNextTimeTheClockShowsIt() {
    CliRun r = vz("dnd", "until", "14:00");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Bitte nicht stören ist an bis 14:00");
    ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
    ZonedDateTime at = now.with(LocalTime.of(14, 0)).withSecond(0).withNano(0);
    Instant expected = (at.isAfter(now) ? at : at.plusDays(1)).toInstant();
    assertThat(stored()).isEqualTo(new DoNotDisturb.On(java.util.Optional.of(expected)));
  }

  @Test
  void aWrongTimeIsAClearGermanErrorAndChangesNothing() {
    CliRun r = vz("dnd", "until", "vierzehn");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("„vierzehn“ ist keine Uhrzeit");
    assertThat(vz("dnd", "bald").err()).contains("Aufruf: vorzimmer dnd on | off | until 14:00");
  }
}
