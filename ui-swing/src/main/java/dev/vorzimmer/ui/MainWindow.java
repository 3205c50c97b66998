package dev.vorzimmer.ui;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.sip.RegistrationEvent;
import java.awt.BorderLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.WindowConstants;

/** The main window: for now the line's registration state and a re-register button. */
final class MainWindow {
  private final Runnable reRegister;
  private final Runnable onQuit;
  private final AppConfig config;
  private final AppHome home;
  private JFrame frame;
  private JLabel status;

  MainWindow(Runnable reRegister, Runnable onQuit, AppConfig config, AppHome home) {
    this.reRegister = reRegister;
    this.onQuit = onQuit;
    this.config = config;
    this.home = home;
  }

  /** Builds and shows the frame; EDT only. */
  void show() {
    frame = new JFrame("Vorzimmer");
    frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosing(WindowEvent e) {
        frame.dispose();
        onQuit.run();
      }
    });
    status = new JLabel("starting…");
    status.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
    JButton again = new JButton("Re-register");
    // Off the EDT: the agent answers on its own thread.
    again.addActionListener(e -> CompletableFuture.runAsync(reRegister));
    JPanel bar = new JPanel(new BorderLayout());
    bar.add(status, BorderLayout.CENTER);
    bar.add(again, BorderLayout.EAST);
    JLabel where = new JLabel("Config: " + config.file() + "   Data: " + home.dataDir());
    where.setBorder(BorderFactory.createEmptyBorder(6, 12, 12, 12));
    frame.getContentPane().add(bar, BorderLayout.NORTH);
    frame.getContentPane().add(where, BorderLayout.SOUTH);
    frame.setSize(640, 240);
    frame.setLocationByPlatform(true);
    frame.setVisible(true);
  }

  /** Shows a registration change; EDT only. */
  void showRegistration(RegistrationEvent e) {
    if (status != null) {
      status.setText(StatusText.of(e));
    }
  }
}
