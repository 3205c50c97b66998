package dev.vorzimmer.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.ui.SwingRobot;
import dev.vorzimmer.ui.common.LineStates;
import dev.vorzimmer.ui.common.Texts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TrayStateTest {
  private final Texts en = new Texts(Locale.ENGLISH);
  private final Texts de = new Texts(Locale.GERMAN);

  private static RegistrationEvent event(RegistrationState s) {
    return new RegistrationEvent(
        s,
        "sip:alice@example.net",
        300,
        s == RegistrationState.RETRYING ? Optional.of(Duration.ofSeconds(8)) : Optional.empty(),
        "");
  }

  private static RegistrationEvent event(RegistrationState s, String aor) {
    return new RegistrationEvent(
        s,
        aor,
        300,
        s == RegistrationState.RETRYING ? Optional.of(Duration.ofSeconds(8)) : Optional.empty(),
        "");
  }

  private static LineStates one(RegistrationEvent e) {
    return new LineStates(Map.of(), List.of(e));
  }

  /** Home (anna) and Office (bert), in the order of the configuration. */
  private static LineStates two(RegistrationState home, RegistrationState office) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("sip:anna@example.net", "Home");
    names.put("sip:bert@example.net", "Office");
    // Office reports first: the tooltip keeps the configuration's order all the same
    return new LineStates(
        names, List.of(event(office, "sip:bert@example.net"), event(home, "sip:anna@example.net")));
  }

  @Test
  void theTooltipShowsTheLineAndTheUnheardCount() {
    LineStates registered = one(event(RegistrationState.REGISTERED));
    assertThat(TrayState.tooltip(registered, 0, en))
        .isEqualTo("Vorzimmer — Registered as sip:alice@example.net");
    assertThat(TrayState.tooltip(registered, 1, en))
        .isEqualTo("Vorzimmer — Registered as sip:alice@example.net — 1 unheard message");
    assertThat(TrayState.tooltip(registered, 3, en)).endsWith("— 3 unheard messages");
    assertThat(TrayState.tooltip(registered, 1, de))
        .isEqualTo("Vorzimmer — Angemeldet als sip:alice@example.net — 1 ungehörte Nachricht");
    assertThat(TrayState.tooltip(registered, 2, de)).endsWith("— 2 ungehörte Nachrichten");
  }

  @Test
  void withOneLineTheLatestStateCounts() {
    LineStates line = one(event(RegistrationState.RETRYING));
    assertThat(TrayState.badge(line)).isEqualTo(TrayState.Badge.PROBLEM);
    line.update(event(RegistrationState.REGISTERED));
    assertThat(TrayState.badge(line)).isEqualTo(TrayState.Badge.REGISTERED);
    assertThat(line.describe(en)).containsExactly("Registered as sip:alice@example.net");
  }

  @Test
  void severalLinesAllRegisteredShowTheNormalIcon() {
    LineStates lines = two(RegistrationState.REGISTERED, RegistrationState.REGISTERED);
    assertThat(TrayState.badge(lines)).isEqualTo(TrayState.Badge.REGISTERED);
    assertThat(TrayState.tooltip(lines, 0, en))
        .isEqualTo(
            "Vorzimmer — Home: Registered as sip:anna@example.net  ·  Office: Registered as"
                + " sip:bert@example.net");
  }

  @Test
  void oneFailingLineShowsTheWarningIconWhateverTheOtherReportedLast() {
    LineStates lines = two(RegistrationState.REGISTERED, RegistrationState.REGISTERED);
    lines.update(event(RegistrationState.AUTH_FAILED, "sip:bert@example.net"));
    assertThat(TrayState.badge(lines)).isEqualTo(TrayState.Badge.PROBLEM);
    // Home reports last and is fine: the icon still warns, Office still says what is wrong
    lines.update(event(RegistrationState.REGISTERED, "sip:anna@example.net"));
    assertThat(TrayState.badge(lines)).isEqualTo(TrayState.Badge.PROBLEM);
    assertThat(lines.anyProblem()).isTrue();
    assertThat(TrayState.tooltip(lines, 2, de))
        .startsWith("Vorzimmer — Home: Angemeldet als sip:anna@example.net  ·  Office: ")
        .endsWith(" — 2 ungehörte Nachrichten")
        .doesNotContain("Registered", "unheard");
    assertThat(TrayState.tooltip(lines, 0, en)).contains("Office: ").doesNotContain("Angemeldet");
    // a problem wins over a line still registering
    lines.update(event(RegistrationState.REGISTERING, "sip:anna@example.net"));
    assertThat(TrayState.badge(lines)).isEqualTo(TrayState.Badge.PROBLEM);
    lines.update(event(RegistrationState.REGISTERED, "sip:bert@example.net"));
    assertThat(TrayState.badge(lines)).isEqualTo(TrayState.Badge.PENDING);
    lines.update(event(RegistrationState.REGISTERED, "sip:anna@example.net"));
    assertThat(TrayState.badge(lines)).isEqualTo(TrayState.Badge.REGISTERED);
    assertThat(lines.anyProblem()).isFalse();
  }

  @Test
  void aLineThatHasNotReportedIsLeftOutAndNothingKnownIsPending() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("sip:anna@example.net", "Home");
    names.put("sip:bert@example.net", "Office");
    LineStates lines = new LineStates(names, List.of());
    assertThat(TrayState.badge(lines)).isEqualTo(TrayState.Badge.PENDING);
    lines.update(event(RegistrationState.RETRYING, "sip:bert@example.net"));
    assertThat(lines.describe(en)).singleElement().asString().startsWith("Office: ");
    assertThat(TrayState.badge(lines)).isEqualTo(TrayState.Badge.PROBLEM);
  }

  @Test
  void theBadgeTellsRegisteredFromProblemsAndTheLocalLine() {
    assertThat(TrayState.badge(event(RegistrationState.REGISTERED)))
        .isEqualTo(TrayState.Badge.REGISTERED);
    assertThat(TrayState.badge(event(RegistrationState.RETRYING)))
        .isEqualTo(TrayState.Badge.PROBLEM);
    assertThat(TrayState.badge(event(RegistrationState.AUTH_FAILED)))
        .isEqualTo(TrayState.Badge.PROBLEM);
    assertThat(TrayState.badge(event(RegistrationState.REGISTERING)))
        .isEqualTo(TrayState.Badge.PENDING);
    assertThat(TrayState.badge(event(RegistrationState.LOCAL_LINE)))
        .isEqualTo(TrayState.Badge.LOCAL_LINE);
  }

  @Test
  void theTrayImageCarriesTheBadgeColourAtEveryScale() {
    for (int px : new int[] {16, 24, 32, 48}) {
      BufferedImage problem = TrayImages.render(TrayState.Badge.PROBLEM, px);
      assertThat(problem.getWidth()).isEqualTo(px);
      int centre = (int) Math.round(px - px * 0.23);
      assertThat(new Color(problem.getRGB(centre, centre), true))
          .as("badge at %d px", px)
          .isEqualTo(TrayImages.color(TrayState.Badge.PROBLEM));
      assertThat(new Color(problem.getRGB(px / 4, px / 2), true))
          .as("app icon painted at %d px", px)
          .isNotEqualTo(new Color(0, 0, 0, 0));
    }
  }

  /**
   * Saves every badge at 24 and 48 px side by side as target/screenshots/tray-icons.png for a
   * person to look at.
   */
  @Test
  void theBadgesCanBeLookedAt() throws IOException {
    BufferedImage sheet = new BufferedImage(4 * 80, 80, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = sheet.createGraphics();
    try {
      int x = 0;
      for (TrayState.Badge badge : TrayState.Badge.values()) {
        g.drawImage(TrayImages.render(badge, 24), x + 4, 28, null);
        g.drawImage(TrayImages.render(badge, 48), x + 30, 16, null);
        x += 80;
      }
    } finally {
      g.dispose();
    }
    Files.createDirectories(SwingRobot.SCREENSHOTS);
    Path file = SwingRobot.SCREENSHOTS.resolve("tray-icons.png");
    assertThat(ImageIO.write(sheet, "png", file.toFile())).isTrue();
    assertThat(Files.size(file)).isPositive();
  }
}
