package dev.vorzimmer.ui.rules;

import dev.vorzimmer.ui.common.FormException;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiProbe;
import dev.vorzimmer.ui.common.WrapLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/**
 * The quiet-hours spans of the Rules tab, each a sentence ("from 22:00 to 07:00 on Mo Tu …") with
 * its day buttons; spans after the first have a Remove button, and "Add quiet hours" appends one.
 * The first row's controls keep their names ({@code rules.quietFrom}, {@code rules.quietDay.MONDAY}
 * …), later ones carry their index ({@code rules.quietFrom.1}). EDT only.
 */
final class QuietSpansEditor {
  private static final String[] TIMES = times();
  private static final QuietSpan NEW_SPAN =
      new QuietSpan(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "12:00", "14:00");
  private final Texts texts;
  private final UiProbe probe;
  private final JComponent lead;
  private final JPanel panel = new JPanel();
  private final JButton add;
  private final List<Row> rows = new ArrayList<>();
  private boolean enabled = true;

  /**
   * @param lead what starts the first sentence (the quiet-hours switch)
   */
  QuietSpansEditor(Texts texts, UiProbe probe, JComponent lead) {
    this.texts = texts;
    this.probe = probe;
    this.lead = lead;
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    panel.setAlignmentX(Component.LEFT_ALIGNMENT);
    panel.setName("rules.quietSpans");
    add = new JButton(texts.get("rules.quietAdd"));
    add.setName("rules.quietAdd");
    add.addActionListener(
        e -> {
          rows.add(new Row(NEW_SPAN));
          rebuild();
        });
  }

  JComponent component() {
    return panel;
  }

  /** Shows {@code spans} (at least one row: a default span when there is none). */
  void show(List<QuietSpan> spans, QuietSpan fallback) {
    rows.clear();
    List<QuietSpan> shown = spans.isEmpty() ? List.of(fallback) : spans;
    for (QuietSpan s : shown) {
      rows.add(new Row(s));
    }
    rebuild();
  }

  /** The spans as typed, first first. */
  List<QuietSpan> read() {
    return rows.stream().map(Row::span).toList();
  }

  /** The spans after the first as {@code quiet_hours} entries, checked. */
  List<String> others() throws FormException {
    List<String> out = new ArrayList<>();
    for (QuietSpan s : read().subList(1, rows.size())) {
      out.add(s.toQuietHours().text());
    }
    return out;
  }

  void setEnabled(boolean on) {
    enabled = on;
    rows.forEach(r -> r.enable(on));
    add.setEnabled(on);
  }

  private void rebuild() {
    panel.removeAll();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      r.name(i);
      panel.add(r.sentence(i == 0 ? lead : new JLabel(texts.get("rules.quietAlso"))));
      panel.add(r.days);
      r.enable(enabled);
    }
    panel.add(row(add));
    panel.revalidate();
    panel.repaint();
    probe.changed();
  }

  /** A left-aligned row as wide as the tab and never taller than its content. */
  private static JPanel row(JComponent... parts) {
    JPanel row =
        new JPanel(new WrapLayout(4, 2)) {
          private static final long serialVersionUID = 1L;

          @Override
          public Dimension getMaximumSize() {
            return new Dimension(Integer.MAX_VALUE, getPreferredSize().height);
          }
        };
    for (JComponent part : parts) {
      row.add(part);
    }
    row.setAlignmentX(Component.LEFT_ALIGNMENT);
    return row;
  }

  private static String[] times() {
    String[] out = new String[48];
    for (int i = 0; i < 48; i++) {
      out[i] = String.format(Locale.ROOT, "%02d:%02d", i / 2, i % 2 * 30);
    }
    return out;
  }

  /** One span's controls. */
  private final class Row {
    final JComboBox<String> from = time();
    final JComboBox<String> to = time();
    final Map<DayOfWeek, JToggleButton> dayButtons = new EnumMap<>(DayOfWeek.class);
    final JPanel days = new JPanel(new FlowLayout(FlowLayout.LEFT, 2, 0));
    final JButton remove = new JButton(texts.get("rules.quietRemove"));

    Row(QuietSpan span) {
      from.setSelectedItem(span.from());
      to.setSelectedItem(span.to());
      days.add(Box.createHorizontalStrut(24));
      for (DayOfWeek d : DayOfWeek.values()) {
        JToggleButton b = new JToggleButton(d.getDisplayName(TextStyle.SHORT, texts.locale()));
        b.setSelected(span.days().contains(d));
        dayButtons.put(d, b);
        days.add(b);
      }
      days.setAlignmentX(Component.LEFT_ALIGNMENT);
      days.setMaximumSize(new Dimension(Integer.MAX_VALUE, days.getPreferredSize().height));
      remove.addActionListener(
          e -> {
            rows.remove(this);
            rebuild();
          });
    }

    JPanel sentence(JComponent start) {
      List<JComponent> parts =
          new ArrayList<>(
              List.of(start, from, new JLabel(texts.get("rules.quietTo")), to, afterLabel()));
      if (rows.indexOf(this) > 0) {
        parts.add(remove);
      }
      return row(parts.toArray(JComponent[]::new));
    }

    private JLabel afterLabel() {
      return new JLabel(texts.get("rules.quietAfter"));
    }

    void name(int index) {
      String suffix = index == 0 ? "" : "." + index;
      from.setName("rules.quietFrom" + suffix);
      to.setName("rules.quietTo" + suffix);
      remove.setName("rules.quietRemove" + suffix);
      dayButtons.forEach(
          (d, b) -> b.setName("rules.quietDay." + (index == 0 ? "" : index + ".") + d));
    }

    void enable(boolean on) {
      from.setEnabled(on);
      to.setEnabled(on);
      dayButtons.values().forEach(b -> b.setEnabled(on));
      remove.setEnabled(on);
    }

    QuietSpan span() {
      Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
      dayButtons.forEach(
          (d, b) -> {
            if (b.isSelected()) {
              chosen.add(d);
            }
          });
      return new QuietSpan(chosen, text(from), text(to));
    }

    private static JComboBox<String> time() {
      JComboBox<String> box = new JComboBox<>(TIMES);
      box.setEditable(true);
      box.setPrototypeDisplayValue("00:00000");
      return box;
    }

    private static String text(JComboBox<String> box) {
      Object item = box.getEditor().getItem();
      return item == null ? "" : item.toString();
    }
  }
}
