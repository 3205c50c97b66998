package dev.vorzimmer.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.ui.SwingRobot;
import dev.vorzimmer.ui.common.Texts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
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

  @Test
  void theTooltipShowsTheLineAndTheUnheardCount() {
    RegistrationEvent registered = event(RegistrationState.REGISTERED);
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
