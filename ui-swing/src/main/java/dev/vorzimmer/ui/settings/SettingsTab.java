package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.ConfigEditor;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WindowPlacement;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Desktop;
import java.awt.FlowLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/**
 * The Settings tab: account, calls and voicemail, audio devices, greetings, data folder. Everything
 * is written to {@code config.toml} through {@link ConfigEditor} (checked first, nothing
 * half-written); the account switches the running line at once. Also owns the first-run hint of the
 * status bar.
 */
public final class SettingsTab implements AutoCloseable {
  private final UiContext ctx;
  private final JPanel panel = new JPanel();
  private final JScrollPane scroll;
  private final AccountPanel account;
  private final CallsPanel calls;
  private final AudioSection audio;
  private final GreetingsPanel greetings;
  private final JTextArea loadProblem = FormGrid.note("settings.problem");
  private final JPanel hint = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 0));

  public SettingsTab(UiContext ctx) {
    this.ctx = ctx;
    ConfigEditor editor = new ConfigEditor(ctx.home().configFile());
    account = new AccountPanel(ctx, editor, this::saved);
    calls = new CallsPanel(ctx, editor, this::saved);
    audio =
        new AudioSection(
            ctx, new WindowPlacement(ctx.home().dataDir().resolve("window.properties")));
    greetings = new GreetingsPanel(ctx, audio);
    panel.setName("settings");
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    loadProblem.setVisible(false);
    loadProblem.setAlignmentX(Component.LEFT_ALIGNMENT);
    panel.add(loadProblem);
    panel.add(account.component());
    panel.add(calls.component());
    panel.add(audio.component());
    panel.add(greetings.component());
    panel.add(dataFolder());
    JPanel top = new JPanel(new BorderLayout());
    top.add(panel, BorderLayout.NORTH);
    scroll = new JScrollPane(top);
    scroll.setBorder(null);
    scroll.getVerticalScrollBar().setUnitIncrement(16);
  }

  public Component component() {
    return scroll;
  }

  /** Reads config.toml off the EDT and fills the sections. */
  public void refresh() {
    ctx.work()
        .query(
            "loading settings",
            this::loadConfig,
            this::show,
            e -> {
              loadProblem.setText(ctx.texts().get("settings.loadFailed", e.getMessage()));
              loadProblem.setVisible(true);
              ctx.probe().changed();
            });
  }

  private AppConfig loadConfig() {
    try {
      return new ConfigLoader().load(ctx.home().configFile());
    } catch (ConfigException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private void show(AppConfig config) {
    loadProblem.setVisible(false);
    account.load(config);
    calls.load(config);
    greetings.load(config);
    ctx.probe().changed();
  }

  private void saved(AppConfig config) {
    loadProblem.setVisible(false);
  }

  /** Follows the line's state (account section and first-run hint); EDT only. */
  public void registration(RegistrationEvent e) {
    account.registration(e);
    hint.setVisible(e.state() == RegistrationState.LOCAL_LINE);
  }

  /**
   * The status bar's left part: {@code status}, then (while there is no account) "No account yet"
   * with a button that calls {@code open}.
   */
  public JPanel besideStatus(JLabel status, Runnable open) {
    JPanel left = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
    left.setOpaque(false);
    hint.setOpaque(false);
    JLabel text = new JLabel(ctx.texts().get("settings.hint"));
    text.setName("status.hint");
    JButton go = new JButton(ctx.texts().get("settings.hintButton"));
    go.setName("status.setUp");
    go.putClientProperty("JButton.buttonType", "toolBarButton");
    go.addActionListener(e -> open.run());
    hint.add(text);
    hint.add(go);
    hint.setVisible(false);
    left.add(status);
    left.add(hint);
    return left;
  }

  /** "Settings…" for a menu. */
  public JMenuItem menuItem(Runnable open) {
    JMenuItem item = new JMenuItem(ctx.texts().get("menu.settings"));
    item.setName("menu.settings");
    item.addActionListener(e -> open.run());
    return item;
  }

  private JPanel dataFolder() {
    FormGrid grid = new FormGrid(ctx.texts().get("settings.data"));
    Path data = ctx.home().dataDir();
    grid.row(ctx.texts().get("settings.dataFolder"), path("settings.dataPath", data));
    grid.row(
        ctx.texts().get("settings.configFile"),
        path("settings.configPath", ctx.home().configFile()));
    JButton open = new JButton(ctx.texts().get("settings.openFolder"));
    open.setName("settings.openFolder");
    boolean canOpen =
        Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    open.setEnabled(canOpen);
    if (!canOpen) {
      open.setToolTipText(ctx.texts().get("settings.cannotOpen"));
    }
    open.addActionListener(
        e ->
            ctx.work()
                .run(
                    "opening " + data,
                    () -> openFolder(data),
                    () -> {},
                    failure -> ctx.showError(panel, failure)));
    grid.buttons(open);
    return grid.panel();
  }

  private static void openFolder(Path dir) {
    try {
      Files.createDirectories(dir);
      Desktop.getDesktop().open(dir.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + dir + ": " + e.getMessage(), e);
    }
  }

  private static JTextField path(String name, Path p) {
    JTextField f = new JTextField(p.toString());
    f.setName(name);
    f.setEditable(false);
    return f;
  }

  @Override
  public void close() {
    audio.close(); // also ends a greeting's preview: it plays on the audio section's player
  }
}
