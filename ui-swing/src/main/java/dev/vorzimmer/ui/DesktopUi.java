package dev.vorzimmer.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.sip.SipAgent;
import javax.swing.SwingUtilities;

/** Opens the desktop window. All Swing work happens on the EDT; the SIP agent never blocks it. */
public final class DesktopUi {
  private DesktopUi() {}

  /**
   * Builds the window on the EDT and feeds it registration events through {@link EdtEvents}.
   *
   * @param onQuit called (on the EDT) when the user quits; the caller then unregisters and exits
   */
  public static void open(SipAgent agent, AppConfig config, AppHome home, Runnable onQuit) {
    MainWindow window = new MainWindow(agent::reRegister, onQuit, config, home);
    agent.addListener(new EdtEvents(window));
    SwingUtilities.invokeLater(() -> {
      if (prefersDark()) {
        FlatDarkLaf.setup();
      } else {
        FlatLightLaf.setup();
      }
      window.show();
    });
  }

  private static boolean prefersDark() {
    String theme = System.getenv().getOrDefault("GTK_THEME", "");
    return theme.toLowerCase().contains("dark") || "dark".equalsIgnoreCase(System.getProperty("vorzimmer.theme"));
  }
}
