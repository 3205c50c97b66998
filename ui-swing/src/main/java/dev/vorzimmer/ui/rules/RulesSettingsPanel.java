package dev.vorzimmer.ui.rules;

import dev.vorzimmer.screening.QuietHours;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.ui.common.FormException;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WrapLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;

/**
 * The screening settings as plain sentences with a control each, and Save: the changed keys are
 * written to {@code config.toml} and applied to the next call (off the EDT). Problems are shown
 * under the Save button in plain words; nothing is saved then.
 */
final class RulesSettingsPanel {
  private final UiContext ctx;
  private final Runnable onSaved;
  private final JPanel panel = new JPanel();
  private final JComboBox<String> unknown;
  private final JLabel withheld = new JLabel();
  private final LanguageChoice languages;
  private final JSpinner repeat = new JSpinner(new SpinnerNumberModel(5, 0, 1440, 1));
  private final JCheckBox robots;
  private final JSpinner robotCallers = new JSpinner(new SpinnerNumberModel(3, 2, 1000, 1));
  private final JSpinner robotWindow = new JSpinner(new SpinnerNumberModel(10, 1, 1440, 1));
  private final JCheckBox quiet;
  private final QuietSpansEditor quietSpans;
  private final JCheckBox lookup;
  private final JPasswordField token = new JPasswordField(14);
  private final JLabel result = new JLabel(" ");
  private final List<Runnable> dependents = new java.util.ArrayList<>();

  /**
   * @param onSaved run on the EDT after new settings were saved and applied
   */
  RulesSettingsPanel(UiContext ctx, Runnable onSaved) {
    this.ctx = ctx;
    this.onSaved = onSaved;
    Texts t = ctx.texts();
    languages = new LanguageChoice(t.locale());
    unknown =
        new JComboBox<>(
            new String[] {t.get("rules.unknown.voicemail"), t.get("rules.unknown.ring")});
    robots = new JCheckBox(t.get("rules.robots"));
    quiet = new JCheckBox(t.get("rules.quiet"));
    quietSpans = new QuietSpansEditor(t, ctx.probe(), quiet);
    lookup = new JCheckBox(t.get("rules.lookup"));
    build();
    show(ctx.phone().rules().config());
  }

  Component component() {
    return panel;
  }

  private void build() {
    Texts t = ctx.texts();
    panel.setName("rules.settings");
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    panel.setBorder(BorderFactory.createEmptyBorder(8, 16, 16, 16));
    nameControls();
    follow(robots, robotCallers, robotWindow);
    Runnable quietSync = () -> quietSpans.setEnabled(quiet.isSelected());
    dependents.add(quietSync);
    quiet.addItemListener(e -> quietSync.run());
    follow(lookup, token);
    add(new JLabel(t.get("rules.contacts")));
    add(new JLabel(t.get("rules.unknown")), unknown);
    add(withheld);
    add(new JLabel(t.get("rules.languages")), hint("rules.languagesHint"));
    add(languages.component());
    add(new JLabel(t.get("rules.repeat")), repeat, new JLabel(t.get("rules.repeatAfter")));
    add(
        robots,
        robotCallers,
        new JLabel(t.get("rules.robotsCallers")),
        robotWindow,
        new JLabel(t.get("rules.robotsAfter")));
    panel.add(quietSpans.component());
    add(lookup, token);
    JButton save = new JButton(t.get("rules.save"));
    save.setName("rules.save");
    save.addActionListener(e -> save());
    add(save, result);
  }

  /** Names for the controls (tests and accessibility tools find them by name). */
  private void nameControls() {
    name(unknown, "rules.unknown");
    name(withheld, "rules.withheld");
    name(repeat, "rules.repeat");
    name(robots, "rules.robots");
    name(robotCallers, "rules.robotCallers");
    name(robotWindow, "rules.robotWindow");
    name(quiet, "rules.quiet");
    name(lookup, "rules.lookup");
    name(token, "rules.lookupToken");
    name(result, "rules.result");
  }

  /** Enables {@code controls} only while {@code box} is ticked. */
  private void follow(JCheckBox box, JComponent... controls) {
    Runnable sync =
        () -> {
          for (JComponent c : controls) {
            c.setEnabled(box.isSelected());
          }
        };
    dependents.add(sync);
    box.addItemListener(e -> sync.run());
  }

  private JLabel hint(String key) {
    JLabel hint = new JLabel(ctx.texts().get(key));
    hint.putClientProperty("FlatLaf.styleClass", "small");
    return hint;
  }

  private static void name(JComponent c, String name) {
    c.setName(name);
  }

  /** One sentence: its parts in a row, left-aligned. */
  private void add(JComponent... parts) {
    JPanel row =
        new JPanel(new WrapLayout(4, 2)) {
          private static final long serialVersionUID = 1L;

          @Override
          public Dimension getMaximumSize() {
            return new Dimension(
                Integer.MAX_VALUE, getPreferredSize().height); // as wide as the tab, never taller
          }
        };
    for (JComponent part : parts) {
      row.add(part);
    }
    row.setAlignmentX(Component.LEFT_ALIGNMENT);
    panel.add(row);
  }

  /** Shows {@code c} in the controls; EDT only. */
  private void show(ScreeningConfig c) {
    RulesForm f = RulesForm.of(c);
    unknown.setSelectedIndex(f.unknownRings() ? 1 : 0);
    withheld.setText(
        ctx.texts()
            .get(
                c.anonymousVerdict() == Verdict.REJECT
                    ? "rules.withheldRejected"
                    : "rules.withheld"));
    languages.setText(f.languages());
    repeat.setValue(f.repeatMinutes());
    robots.setSelected(f.robotsOn());
    robotCallers.setValue(f.robotMinCallers());
    robotWindow.setValue(f.robotWindowMinutes());
    quiet.setSelected(f.quietOn());
    List<QuietSpan> spans = new ArrayList<>(List.of(f.quiet()));
    f.otherQuietSpans().forEach(text -> spans.add(QuietSpan.of(QuietHours.parse(text))));
    quietSpans.show(spans, f.quiet());
    lookup.setSelected(f.lookupOn());
    token.setText(f.lookupToken());
    dependents.forEach(Runnable::run);
  }

  /**
   * What the controls say now; EDT only.
   *
   * @throws FormException when a further quiet-hours span is not valid
   */
  RulesForm read() throws FormException {
    QuietSpan span = quietSpans.read().get(0);
    List<String> others = quiet.isSelected() ? quietSpans.others() : List.of();
    return new RulesForm(
        unknown.getSelectedIndex() == 1,
        languages.getText(),
        (Integer) repeat.getValue(),
        robots.isSelected(),
        (Integer) robotCallers.getValue(),
        (Integer) robotWindow.getValue(),
        quiet.isSelected(),
        span,
        others,
        lookup.isSelected(),
        new String(token.getPassword()));
  }

  private void save() {
    ScreeningConfig before = ctx.phone().rules().config();
    Map<String, Object> screening;
    Map<String, Object> lookupKeys;
    try {
      RulesForm form = read();
      screening = form.screeningChanges(before);
      lookupKeys = form.lookupChanges(before);
    } catch (FormException e) {
      result(e.text(ctx.texts()), true);
      return;
    }
    if (screening.isEmpty() && lookupKeys.isEmpty()) {
      result(ctx.texts().get("rules.unchanged"), false);
      return;
    }
    ctx.work()
        .query(
            "saving the screening settings",
            () -> {
              try {
                return ctx.phone().rules().saveSettings(screening, lookupKeys);
              } catch (Exception e) {
                throw new SaveFailed(e);
              }
            },
            saved -> {
              show(saved);
              result(ctx.texts().get("rules.saved"), false);
              onSaved.run();
            },
            e ->
                result(
                    ctx.texts()
                        .get(
                            "rules.error.config",
                            Optional.ofNullable(e.getMessage()).orElse(e.toString())),
                    true));
  }

  private void result(String text, boolean problem) {
    result.setText(text);
    Color red = UIManager.getColor("Actions.Red");
    result.setForeground(problem && red != null ? red : UIManager.getColor("Label.foreground"));
    ctx.probe().changed();
  }

  /** A save that failed (config file invalid or not writable); its message is the plain reason. */
  private static final class SaveFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SaveFailed(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }
}
