package dev.vorzimmer.ui.rules;

import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.ui.calls.CallRow;
import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.OnChange;
import dev.vorzimmer.ui.common.ScrollPage;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WrapLayout;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.Timer;

/**
 * The Rules tab: "check a number" (the verdict and reasons the screener would give now, live as you
 * type), the screening settings as plain sentences, and the block and allow lists. Saving settings
 * or changing a list re-checks the number shown.
 */
public final class RulesTab {
  static final int DEBOUNCE_MS = 250;
  private final UiContext ctx;
  private final JPanel panel = new JPanel(new BorderLayout());
  private final JTextField number = new JTextField(24);
  private final JLabel verdict = new JLabel(" ");
  private final JTextArea reasons = new JTextArea(3, 40);
  private final Timer debounce;
  private final ListPanel blocked;
  private final ListPanel allowed;
  private long sequence;

  public RulesTab(UiContext ctx) {
    this.ctx = ctx;
    panel.setName("rules");
    number.setName("rules.number");
    number.putClientProperty("JTextField.placeholderText", ctx.texts().get("rules.placeholder"));
    number.putClientProperty("JTextField.showClearButton", Boolean.TRUE);
    verdict.setName("rules.verdict");
    verdict.setFont(verdict.getFont().deriveFont(Font.BOLD, verdict.getFont().getSize2D() * 1.3f));
    reasons.setName("rules.reasons");
    reasons.setEditable(false);
    reasons.setOpaque(false);
    reasons.setLineWrap(true);
    reasons.setWrapStyleWord(true);
    debounce = new Timer(DEBOUNCE_MS, e -> check());
    debounce.setRepeats(false);
    number.getDocument().addDocumentListener(new OnChange(debounce::restart));
    blocked = new ListPanel(ctx, ListKind.BLOCK, this::check);
    allowed = new ListPanel(ctx, ListKind.ALLOW, this::check);
    JTabbedPane sections = new JTabbedPane();
    sections.setName("rules.sections");
    sections.addTab(
        ctx.texts().get("rules.settings"),
        new ScrollPage(new RulesSettingsPanel(ctx, this::check).component()).component());
    sections.addTab(
        ctx.texts().get("rules.followUp"),
        new ScrollPage(new FollowUpPanel(ctx).component()).component());
    sections.addTab(ctx.texts().get("lists.block"), blocked.component());
    sections.addTab(ctx.texts().get("lists.allow"), allowed.component());
    panel.add(layout(), BorderLayout.NORTH);
    panel.add(sections, BorderLayout.CENTER);
    panel.addHierarchyListener(
        e -> {
          if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0
              && panel.isShowing()) {
            refresh(); // lists change elsewhere too (Calls tab, CLI, robot quarantines)
          }
        });
  }

  /** Loads the lists in the background. */
  void refresh() {
    blocked.refresh();
    allowed.refresh();
  }

  /** "Check a number": title, field and verdict in one row, the reasons below. */
  private JPanel layout() {
    JPanel box = new JPanel(new BorderLayout(0, 4));
    box.setBorder(BorderFactory.createEmptyBorder(10, 16, 8, 16));
    JLabel title = new JLabel(ctx.texts().get("rules.check"));
    title.putClientProperty("FlatLaf.styleClass", "h3");
    JPanel row = new JPanel(new WrapLayout(12, 0));
    row.add(title);
    row.add(number);
    row.add(verdict);
    box.add(row, BorderLayout.NORTH);
    box.add(reasons, BorderLayout.CENTER);
    return box;
  }

  public Component component() {
    return panel;
  }

  private void check() {
    String text = number.getText().strip();
    long mine = ++sequence;
    if (text.isEmpty()) {
      show(mine, null);
      return;
    }
    ctx.work()
        .query(
            "checking " + text,
            () -> ctx.phone().rules().dryRun(Caller.of(text)),
            d -> show(mine, d),
            e -> ctx.showError(panel, e));
  }

  private void show(long seq, Decision d) {
    if (seq != sequence) {
      return;
    }
    if (d == null) {
      verdict.setText(" ");
      verdict.setIcon(null);
      reasons.setText("");
    } else {
      verdict.setText(
          CallRow.verdictText(d.verdict().name(), ctx.texts())
              + " — "
              + ctx.texts().reasons().number(d.callerInfo().displayNumber()));
      verdict.setIcon(Icons.verdict(d.verdict().name()));
      ReasonTexts words = ctx.texts().reasons();
      StringBuilder sb = new StringBuilder(words.render(d.callerInfo().details())).append('\n');
      words.render(d.reasons()).forEach(r -> sb.append("• ").append(r).append('\n'));
      reasons.setText(sb.toString().strip());
    }
    ctx.probe().changed();
  }
}
