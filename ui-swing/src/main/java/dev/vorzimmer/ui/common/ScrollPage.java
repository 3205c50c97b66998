package dev.vorzimmer.ui.common;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A page that scrolls only up and down: its content is always as wide as the window (rows wrap
 * instead of a horizontal scroll bar), and it can be scrolled back to the top.
 */
public final class ScrollPage {
  private final JScrollPane scroll;

  public ScrollPage(java.awt.Component content) {
    Fitted view = new Fitted();
    view.add(content, BorderLayout.NORTH);
    scroll =
        new JScrollPane(
            view, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    scroll.setBorder(null);
    scroll.getVerticalScrollBar().setUnitIncrement(16);
  }

  public JScrollPane component() {
    return scroll;
  }

  /** Shows the page's beginning; EDT only. */
  public void toTop() {
    scroll.getViewport().setViewPosition(new java.awt.Point(0, 0));
  }

  /** The view: tracks the viewport's width, scrolls vertically. */
  private static final class Fitted extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;

    Fitted() {
      super(new BorderLayout());
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
      return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
      return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
      return orientation == SwingConstants.VERTICAL ? visible.height - 16 : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
      return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
      return false;
    }
  }
}
