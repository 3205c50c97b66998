package dev.vorzimmer.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.CellRendererPane;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JRootPane;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * What a user cannot read or reach in a laid-out window: a label or button lower than it needs or
 * narrower (its text would end in "…"), visible siblings on top of each other, a horizontal scroll
 * bar, a child sticking out of its parent (e.g. a wrapped button row under the status bar), and a
 * label or table cell cut short without a tooltip (with one the user can still read it). EDT only.
 */
final class LayoutCheck {
  private final List<String> problems = new ArrayList<>();
  private final String where;

  private LayoutCheck(String where) {
    this.where = where;
  }

  /** The problems found in {@code root} (a frame's content or a dialog), each naming the place. */
  static List<String> of(Component root, String where) {
    LayoutCheck check = new LayoutCheck(where);
    check.walk(root);
    return check.problems;
  }

  private void walk(Component c) {
    if (!c.isShowing() || c instanceof CellRendererPane) {
      return;
    }
    clipped(c);
    if (c instanceof JScrollPane pane && pane.getHorizontalScrollBar().isShowing()) {
      problems.add(where + ": horizontal scroll bar on " + describe(pane.getViewport().getView()));
    }
    if (c instanceof JTable table) {
      cutCells(table);
      cutHeaders(table);
    }
    if (c instanceof Container box) {
      overlaps(box);
      for (Component child : box.getComponents()) {
        walk(child);
      }
    }
  }

  private void clipped(Component c) {
    if (!(c instanceof JLabel || c instanceof AbstractButton)) {
      return;
    }
    if (textOf(c).isBlank() || insideViewport(c)) {
      return;
    }
    Dimension want = c.getPreferredSize();
    boolean tip =
        c instanceof JComponent jc && jc.getToolTipText() != null && !jc.getToolTipText().isBlank();
    if (want.width > c.getWidth() + 1 && !tip || want.height > c.getHeight() + 1) {
      problems.add(
          "%s: clipped %s (needs %dx%d, has %dx%d)"
              .formatted(where, describe(c), want.width, want.height, c.getWidth(), c.getHeight()));
    }
  }

  /** A label inside a scrolled view may be wider than the view: the user scrolls. */
  private static boolean insideViewport(Component c) {
    return c.getParent() instanceof JViewport;
  }

  private void overlaps(Container box) {
    if (box instanceof JLayeredPane || box instanceof JRootPane || box instanceof JScrollPane) {
      return;
    }
    Component[] kids = box.getComponents();
    Rectangle inside = new Rectangle(0, 0, box.getWidth(), box.getHeight());
    for (int i = 0; i < kids.length; i++) {
      if (kids[i].isVisible()
          && !kids[i].getBounds().isEmpty()
          && !(box instanceof JViewport)
          && !inside.contains(kids[i].getBounds())) {
        problems.add(
            "%s: %s sticks out of %s (%s in %dx%d)"
                .formatted(
                    where,
                    describe(kids[i]),
                    describe(box),
                    kids[i].getBounds(),
                    box.getWidth(),
                    box.getHeight()));
      }
      for (int j = i + 1; j < kids.length; j++) {
        if (kids[i].isVisible() && kids[j].isVisible()) {
          Rectangle both = kids[i].getBounds().intersection(kids[j].getBounds());
          if (!both.isEmpty() && both.width > 1 && both.height > 1) {
            problems.add(
                "%s: %s overlaps %s".formatted(where, describe(kids[i]), describe(kids[j])));
          }
        }
      }
    }
  }

  private void cutCells(JTable table) {
    Rectangle visible = table.getVisibleRect();
    int first = Math.max(0, table.rowAtPoint(visible.getLocation()));
    int rows = Math.min(table.getRowCount(), first + 30);
    for (int row = first; row < rows; row++) {
      for (int col = 0; col < table.getColumnCount(); col++) {
        TableCellRenderer r = table.getCellRenderer(row, col);
        Component cell = table.prepareRenderer(r, row, col);
        int width = table.getColumnModel().getColumn(col).getWidth();
        boolean tip =
            cell instanceof JComponent jc
                && jc.getToolTipText() != null
                && !jc.getToolTipText().isBlank();
        if (cell.getPreferredSize().width > width && !tip) {
          problems.add(
              "%s: cell cut without tooltip in %s row %d column '%s': %s"
                  .formatted(where, table.getName(), row, table.getColumnName(col), textOf(cell)));
        }
      }
    }
  }

  /** A column header whose title does not fit its column (the header has no tooltip). */
  private void cutHeaders(JTable table) {
    JTableHeader header = table.getTableHeader();
    if (header == null || !header.isShowing()) {
      return;
    }
    for (int col = 0; col < table.getColumnCount(); col++) {
      TableColumn column = table.getColumnModel().getColumn(col);
      TableCellRenderer r =
          column.getHeaderRenderer() != null
              ? column.getHeaderRenderer()
              : header.getDefaultRenderer();
      Component cell =
          r.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, col);
      if (cell.getPreferredSize().width > column.getWidth()) {
        problems.add(
            "%s: column header cut in %s: '%s' needs %d, has %d"
                .formatted(
                    where,
                    table.getName(),
                    column.getHeaderValue(),
                    cell.getPreferredSize().width,
                    column.getWidth()));
      }
    }
  }

  static String textOf(Component c) {
    if (c instanceof JLabel l) {
      return l.getText() == null ? "" : l.getText();
    }
    if (c instanceof AbstractButton b) {
      return b.getText() == null ? "" : b.getText();
    }
    return "";
  }

  private static String describe(Component c) {
    if (c == null) {
      return "<nothing>";
    }
    String text = textOf(c);
    String name = c.getName() == null ? "" : "[" + c.getName() + "]";
    return c.getClass().getSimpleName() + name + (text.isEmpty() ? "" : " '" + text + "'");
  }
}
