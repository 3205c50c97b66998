package dev.vorzimmer.ui.common;

import java.awt.Component;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import javax.swing.JComponent;
import javax.swing.JLayer;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import javax.swing.plaf.LayerUI;

/**
 * Says what to do in an empty list: the text is painted in the middle of the scroll pane while the
 * list has no rows (wrapped to the pane's width, in the look's hint colour).
 */
public final class EmptyHint extends LayerUI<JScrollPane> {
  private static final long serialVersionUID = 1L;
  private final IntSupplier rows;
  private final String text;

  private EmptyHint(IntSupplier rows, String text) {
    this.rows = rows;
    this.text = text;
  }

  /** {@code scroll} with the hint over it while {@code rows} is 0. */
  public static JLayer<JScrollPane> wrap(JScrollPane scroll, IntSupplier rows, String text) {
    return new JLayer<>(scroll, new EmptyHint(rows, text));
  }

  @Override
  public void paint(Graphics g, JComponent c) {
    super.paint(g, c);
    if (rows.getAsInt() > 0) {
      return;
    }
    Graphics2D g2 = (Graphics2D) g.create();
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g2.setColor(UIManager.getColor("Label.disabledForeground"));
    g2.setFont(c.getFont());
    FontMetrics fm = g2.getFontMetrics();
    List<String> lines = lines(fm, Math.max(120, c.getWidth() - 64));
    int y = c.getHeight() / 3;
    for (String line : lines) {
      g2.drawString(line, (c.getWidth() - fm.stringWidth(line)) / 2, y);
      y += fm.getHeight();
    }
    g2.dispose();
  }

  private List<String> lines(FontMetrics fm, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = line.isEmpty() ? word : line + " " + word;
      if (fm.stringWidth(next) > width && !line.isEmpty()) {
        out.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    out.add(line.toString());
    return out;
  }

  /** The hint text (for tests and accessibility). */
  public String text() {
    return text;
  }

  /** Whether the hint shows now. */
  public boolean showing(Component c) {
    return c.isShowing() && rows.getAsInt() == 0;
  }
}
