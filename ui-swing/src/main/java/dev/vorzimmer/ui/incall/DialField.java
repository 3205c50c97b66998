package dev.vorzimmer.ui.incall;

import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.OnChange;
import dev.vorzimmer.ui.common.RiskQuestion;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;

/**
 * The dial bar above the tabs: a field that formats numbers as they are typed and completes
 * contacts (Down/Up choose, Enter takes, Esc closes), a Call button (Enter dials), and a line that
 * says plainly why a text cannot be dialled. Dialling runs on the window's background executor.
 */
public final class DialField {
  private final UiContext ctx;
  private final DialInput input;
  private final JPanel panel = new JPanel(new BorderLayout(8, 0));
  private final JTextField field = new JTextField(24);
  private final JButton call = new JButton();
  private final JLabel message = new JLabel(" ");

  /** The line to call from; shown only when the phone has several lines. */
  private final javax.swing.JComboBox<String> line = new javax.swing.JComboBox<>();

  private final JList<DialInput.Entry> suggestions = new JList<>();
  private final JPopupMenu popup = new JPopupMenu();
  private List<DialInput.Entry> index = List.of();

  public DialField(UiContext ctx) {
    this.ctx = ctx;
    this.input = new DialInput(ctx.phone().callers().normaliser());
  }

  /** Builds the bar; EDT only. */
  public JComponent component() {
    panel.setName("dial");
    panel.setBorder(BorderFactory.createEmptyBorder(8, 10, 6, 10));
    field.setName("dial.number");
    field.putClientProperty("JTextField.placeholderText", ctx.texts().get("dial.placeholder"));
    ((AbstractDocument) field.getDocument()).setDocumentFilter(new Formatting());
    field
        .getDocument()
        .addDocumentListener(new OnChange(() -> SwingUtilities.invokeLater(this::typed)));
    field.addFocusListener(
        new FocusAdapter() {
          @Override
          public void focusGained(FocusEvent e) {
            refresh();
          }
        });
    bind("ENTER", this::enter);
    bind("DOWN", () -> move(1));
    bind("UP", () -> move(-1));
    bind("ESCAPE", () -> popup.setVisible(false));
    call.setName("dial.call");
    call.setText(ctx.texts().get("dial.call"));
    call.setIcon(Icons.get("answer", 16));
    call.addActionListener(e -> dial());
    message.setName("dial.message");
    suggestionsPopup();
    panel.add(field, BorderLayout.CENTER);
    panel.add(call, BorderLayout.EAST);
    panel.add(message, BorderLayout.SOUTH);
    if (ctx.phone().lines().several()) {
      line.setName("dial.line");
      line.setToolTipText(ctx.texts().get("dial.lineTip"));
      ctx.phone().lines().all().forEach(l -> line.addItem(l.name()));
      line.setSelectedItem(ctx.phone().lines().defaultLine().name());
      panel.add(line, BorderLayout.WEST);
    }
    return panel;
  }

  /** The line chosen in the dial bar, else the default line. */
  private dev.vorzimmer.app.view.Line chosenLine() {
    Object chosen = line.getSelectedItem();
    return chosen == null
        ? ctx.phone().lines().defaultLine()
        : ctx.phone().lines().line(chosen.toString()).orElse(ctx.phone().lines().defaultLine());
  }

  /** Re-reads the contact book for completion in the background. */
  public void refresh() {
    ctx.work()
        .query(
            "reading contacts for the dial field",
            () -> input.index(ctx.store().contactBook().list()),
            entries -> index = entries,
            e -> ctx.showError(panel, e));
  }

  private void suggestionsPopup() {
    suggestions.setName("dial.suggestions");
    suggestions.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    suggestions.setFocusable(false);
    suggestions.setCellRenderer(
        (list, entry, i, selected, focus) -> {
          JLabel l = new JLabel(entry.label());
          l.setOpaque(true);
          l.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
          l.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
          l.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
          return l;
        });
    suggestions.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            pick();
          }
        });
    popup.setFocusable(false);
    popup.add(new JScrollPane(suggestions));
  }

  private void bind(String stroke, Runnable action) {
    field
        .getInputMap(JComponent.WHEN_FOCUSED)
        .put(KeyStroke.getKeyStroke(stroke), "dial." + stroke);
    field
        .getActionMap()
        .put(
            "dial." + stroke,
            new AbstractAction() {
              @Override
              public void actionPerformed(ActionEvent e) {
                action.run();
              }
            });
  }

  private void typed() {
    show(" ", false);
    List<DialInput.Entry> hits = input.complete(field.getText(), index);
    if (hits.isEmpty()
        || !field.isShowing()
        || (hits.size() == 1 && hits.get(0).label().equals(field.getText()))) {
      popup.setVisible(false);
      return;
    }
    suggestions.setListData(hits.toArray(DialInput.Entry[]::new));
    suggestions.setVisibleRowCount(hits.size());
    popup.setPopupSize(
        field.getWidth(), suggestions.getPreferredScrollableViewportSize().height + 8);
    popup.show(field, 0, field.getHeight());
    ctx.probe().changed();
  }

  private void move(int step) {
    int size = suggestions.getModel().getSize();
    if (!popup.isVisible() || size == 0) {
      return;
    }
    int next = Math.floorMod(suggestions.getSelectedIndex() + step, size);
    suggestions.setSelectedIndex(next);
    suggestions.ensureIndexIsVisible(next);
  }

  private void enter() {
    if (popup.isVisible() && suggestions.getSelectedIndex() >= 0) {
      pick();
    } else {
      dial();
    }
  }

  private void pick() {
    DialInput.Entry chosen = suggestions.getSelectedValue();
    popup.setVisible(false);
    if (chosen != null) {
      field.setText(chosen.label());
    }
  }

  /** Puts {@code text} into the field and dials it, as typing it and pressing Call would. */
  public void dial(String text) {
    dial(text, Optional.empty());
  }

  /**
   * As {@link #dial(String)}, from the line named {@code lineName} (chosen in the line chooser as
   * the user would); without a name, from the line chosen there.
   */
  public void dial(String text, Optional<String> lineName) {
    lineName.filter(n -> ctx.phone().lines().several()).ifPresent(line::setSelectedItem);
    field.setText(text);
    dial();
  }

  /** Dials what the field holds, or says why it cannot; EDT only. */
  void dial() {
    popup.setVisible(false);
    DialInput.Target target = input.resolve(field.getText(), index);
    if (target instanceof DialInput.Invalid bad) {
      show(ctx.texts().get(bad.key(), bad.input()), true);
      return;
    }
    DialInput.Dial dial = (DialInput.Dial) target;
    dev.vorzimmer.app.view.Line from = chosenLine(); // read on the EDT
    call.setEnabled(false);
    ctx.work()
        .query(
            "checking the risk of calling " + dial.target(),
            () -> ctx.phone().callers().callbackRisk(dial.target()),
            risk -> {
              if (risk.isEmpty()
                  || RiskQuestion.ask(
                      ctx, panel, dial.shown(), ctx.texts().reasons().render(risk.get()), "dial")) {
                place(dial, from);
              } else {
                call.setEnabled(true);
                show(ctx.texts().get("dial.notCalled", dial.shown()), false);
              }
            },
            e -> {
              call.setEnabled(true);
              show(ctx.texts().get("dial.failed", String.valueOf(e.getMessage())), true);
            });
  }

  /** Places the call on line {@code from} (the risk, if any, was accepted); EDT only. */
  private void place(DialInput.Dial dial, dev.vorzimmer.app.view.Line from) {
    show(ctx.texts().get("notice.calling", dial.shown()), false);
    ctx.work()
        .query(
            "dialling " + dial.target(),
            () -> from.call(dial.target()),
            callId -> {
              call.setEnabled(true);
              ctx.inform(ctx.texts().get("notice.calling", dial.shown()));
            },
            e -> {
              call.setEnabled(true);
              show(
                  ctx.texts()
                      .get(
                          "dial.failed",
                          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                  true);
            });
  }

  private void show(String text, boolean problem) {
    message.setText(text);
    Color red = UIManager.getColor("Actions.Red");
    message.setForeground(problem && red != null ? red : UIManager.getColor("Label.foreground"));
    ctx.probe().changed();
  }

  /**
   * Re-formats the whole text when the user types or pastes at its end (edits in the middle stay as
   * typed).
   */
  private final class Formatting extends DocumentFilter {
    @Override
    public void insertString(FilterBypass fb, int offset, String text, AttributeSet attrs)
        throws BadLocationException {
      replace(fb, offset, 0, text, attrs);
    }

    @Override
    public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs)
        throws BadLocationException {
      String old = fb.getDocument().getText(0, fb.getDocument().getLength());
      String added = text == null ? "" : text;
      if (offset + length != old.length()) {
        fb.replace(offset, length, added, attrs);
        return;
      }
      fb.replace(0, old.length(), input.format(old.substring(0, offset) + added), attrs);
    }
  }
}
