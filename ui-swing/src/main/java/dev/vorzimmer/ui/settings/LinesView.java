package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.config.AccountSettings;
import dev.vorzimmer.app.view.Line;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.StatusText;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;

/**
 * The account page of a phone with several lines: the form edits a single {@code [account]} and
 * could not save {@code [[account]]} entries, so the page says where the lines are edited and shows
 * each line read-only (name, account, registrar, transport, state). EDT only.
 */
final class LinesView {
  private final Texts texts;
  private final JPanel panel;

  /** Each line's state label by its address of record. */
  private final Map<String, JLabel> states = new HashMap<>();

  LinesView(UiContext ctx) {
    this.texts = ctx.texts();
    FormGrid grid = new FormGrid(texts.get("settings.account"));
    JTextArea note = FormGrid.note("account.lines.note");
    note.setText(note(texts, ctx.phone().lines().all().size(), ctx.home().configFile()));
    grid.span(note);
    int i = 0;
    for (Line line : ctx.phone().lines().all()) {
      JLabel account = new JLabel(describe(line));
      account.setName("account.lines." + i);
      JLabel state = new JLabel(" ");
      state.setName("account.lines." + i + ".state");
      states.put(line.registration().aor(), state);
      registration(line.registration());
      String name =
          line.isDefault() ? texts.get("account.lines.default", line.name()) : line.name();
      JPanel both = new JPanel(new java.awt.GridLayout(2, 1));
      both.setOpaque(false);
      both.add(account);
      both.add(state);
      grid.row(name, both);
      i++;
    }
    panel = grid.panel();
    panel.setName("account.lines");
  }

  /** "This phone has 2 lines. Several lines are edited in /home/…/config.toml: …" */
  static String note(Texts t, int count, Path configFile) {
    return t.get("account.lines.note", count, configFile.toString());
  }

  private String describe(Line line) {
    return line.settings()
        .map(dev.vorzimmer.app.config.LineSettings::account)
        .map(this::describe)
        .orElse(line.name());
  }

  private String describe(AccountSettings a) {
    return texts.get(
        "account.lines.account",
        a.user() + "@" + a.domain(),
        a.registrarHost() + ":" + a.registrarPort(),
        a.transport().toUpperCase(Locale.ROOT));
  }

  JComponent component() {
    return panel;
  }

  /** Shows the state of the line {@code e} is about, as in the status bar. */
  void registration(RegistrationEvent e) {
    JLabel state = states.get(e.aor());
    if (state != null) {
      state.setText(StatusText.of(e, texts));
      FormGrid.warn(state, StatusText.isProblem(e));
    }
  }
}
