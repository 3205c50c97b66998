package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.ConfigEditor;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.ScrollPage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/**
 * The Settings tab: one page each for account, calls and voicemail, audio devices, greetings and
 * the data folder, each with its own Save where it has one; a page with unsaved edits is marked in
 * its title. Everything is written to {@code config.toml} through {@link ConfigEditor} (checked
 * first, nothing half-written); the account switches the running line at once. Also owns the
 * first-run hint of the status bar.
 */
public final class SettingsTab implements AutoCloseable {
  static final int ACCOUNT_PAGE = 0;
  static final int GREETINGS_PAGE = 3;
  private final UiContext ctx;
  private final JPanel panel = new JPanel(new BorderLayout());
  private final JTabbedPane pages = new JTabbedPane(JTabbedPane.LEFT);
  private final List<ScrollPage> scrolls = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final AccountPanel account;
  private final Optional<LinesView> lines;
  private final CallsPanel calls;
  private final AudioSection audio;
  private final GreetingsPanel greetings;
  private final JTextArea loadProblem = FormGrid.note("settings.problem");
  private final JPanel hint = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 0));

  public SettingsTab(UiContext ctx) {
    this.ctx = ctx;
    ConfigEditor editor = new ConfigEditor(ctx.home().configFile());
    account = new AccountPanel(ctx, editor, this::saved, marker(ACCOUNT_PAGE));
    calls = new CallsPanel(ctx, editor, this::saved, marker(1));
    audio =
        new AudioSection(
            ctx, new WindowPlacement(ctx.home().dataDir().resolve("window.properties")));
    greetings = new GreetingsPanel(ctx, audio);
    panel.setName("settings");
    pages.setName("settings.pages");
    pages.putClientProperty("JTabbedPane.tabAlignment", "leading");
    // several lines: the form (one [account]) could not save them; they are shown read-only
    lines = ctx.phone().lines().several() ? Optional.of(new LinesView(ctx)) : Optional.empty();
    page("settings.account", lines.map(LinesView::component).orElseGet(account::component));
    page("settings.calls", calls.component());
    page("settings.audio", audio.component());
    page("settings.greetings", greetings.component());
    page("settings.data", dataFolder());
    pages.addChangeListener(e -> scrolls.get(pages.getSelectedIndex()).toTop());
    loadProblem.setVisible(false);
    loadProblem.setBorder(BorderFactory.createEmptyBorder(8, 16, 0, 16));
    panel.add(loadProblem, BorderLayout.NORTH);
    panel.add(pages, BorderLayout.CENTER);
  }

  private void page(String titleKey, JComponent content) {
    ScrollPage page = new ScrollPage(content);
    scrolls.add(page);
    titles.add(ctx.texts().get(titleKey));
    pages.addTab(ctx.texts().get(titleKey), page.component());
  }

  /** Marks page {@code index}'s title while it has unsaved edits. */
  private Unsaved.Listener marker(int index) {
    return unsaved ->
        pages.setTitleAt(
            index,
            unsaved ? ctx.texts().get("settings.unsaved", titles.get(index)) : titles.get(index));
  }

  public Component component() {
    return panel;
  }

  /** Shows the greetings page from its top; EDT only. */
  public void showGreetings() {
    pages.setSelectedIndex(GREETINGS_PAGE);
    scrolls.get(GREETINGS_PAGE).toTop();
  }

  /** Shows the account page from its top (first run, "Set up…"); EDT only. */
  public void showAccount() {
    pages.setSelectedIndex(ACCOUNT_PAGE);
    scrolls.get(ACCOUNT_PAGE).toTop();
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
    lines.ifPresent(l -> l.registration(e));
    hint.setVisible(e.state() == RegistrationState.LOCAL_LINE);
  }

  /**
   * For the status bar: (while there is no account) "No account yet" with a button that calls
   * {@code open}.
   */
  public JPanel besideStatus(Runnable open) {
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
    return hint;
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
