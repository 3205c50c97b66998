package dev.vorzimmer.ui.common;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

/**
 * A left-aligned {@link FlowLayout} whose preferred height counts the rows it wraps into, so a
 * button row that does not fit gets a second line of its own instead of hiding under whatever is
 * below it.
 */
public final class WrapLayout extends FlowLayout {
  private static final long serialVersionUID = 1L;
  private transient Dimension reported;

  public WrapLayout(int hgap, int vgap) {
    super(FlowLayout.LEADING, hgap, vgap);
  }

  @Override
  public Dimension preferredLayoutSize(Container target) {
    reported = size(target, true);
    return reported;
  }

  /**
   * Lays out; when the width given differs from the one the preferred height was computed for, asks
   * for one more pass so the parent gives the rows the height they now need.
   */
  @Override
  public void layoutContainer(Container target) {
    super.layoutContainer(target);
    if (reported != null && !reported.equals(size(target, true))) {
      SwingUtilities.invokeLater(target::revalidate);
    }
  }

  @Override
  public Dimension minimumLayoutSize(Container target) {
    Dimension d = size(target, false);
    d.width -= getHgap() + 1;
    return d;
  }

  private Dimension size(Container target, boolean preferred) {
    synchronized (target.getTreeLock()) {
      int available = availableWidth(target);
      Insets in = target.getInsets();
      int maxRow = available - in.left - in.right - 2 * getHgap();
      int width = 0;
      int height = 0;
      int rowWidth = 0;
      int rowHeight = 0;
      for (Component c : target.getComponents()) {
        if (!c.isVisible()) {
          continue;
        }
        Dimension d = preferred ? c.getPreferredSize() : c.getMinimumSize();
        if (rowWidth > 0 && rowWidth + getHgap() + d.width > maxRow) {
          width = Math.max(width, rowWidth);
          height += rowHeight + getVgap();
          rowWidth = 0;
          rowHeight = 0;
        }
        rowWidth += (rowWidth > 0 ? getHgap() : 0) + d.width;
        rowHeight = Math.max(rowHeight, d.height);
      }
      width = Math.max(width, rowWidth);
      height += rowHeight;
      return new Dimension(
          width + in.left + in.right + 2 * getHgap(), height + in.top + in.bottom + 2 * getVgap());
    }
  }

  /** The width the row may use: its own once laid out, else the nearest sized ancestor's. */
  private static int availableWidth(Container target) {
    Container c = target;
    while (c.getWidth() == 0 && c.getParent() != null) {
      c = c.getParent();
    }
    int width = c.getWidth();
    JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, target);
    if (scroll != null && scroll.getViewport().getWidth() > 0) {
      width = Math.min(width, scroll.getViewport().getWidth());
    }
    return width == 0 ? Integer.MAX_VALUE : width;
  }
}
