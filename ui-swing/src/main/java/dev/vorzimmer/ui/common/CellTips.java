package dev.vorzimmer.ui.common;

import java.awt.Component;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * Gives every cell of a table that is cut short by its column's width its full text as a tooltip.
 * Install after the table's own renderers are set. EDT only.
 */
public final class CellTips implements TableCellRenderer {
  private final TableCellRenderer inner;

  private CellTips(TableCellRenderer inner) {
    this.inner = inner;
  }

  /** Wraps the table's default renderer and every column's own one. */
  public static void install(JTable table) {
    table.setDefaultRenderer(Object.class, new CellTips(table.getDefaultRenderer(Object.class)));
    for (int i = 0; i < table.getColumnModel().getColumnCount(); i++) {
      TableColumn column = table.getColumnModel().getColumn(i);
      if (column.getCellRenderer() != null && !(column.getCellRenderer() instanceof CellTips)) {
        column.setCellRenderer(new CellTips(column.getCellRenderer()));
      }
    }
  }

  @Override
  public Component getTableCellRendererComponent(
      JTable table, Object value, boolean selected, boolean focus, int row, int column) {
    Component c = inner.getTableCellRendererComponent(table, value, selected, focus, row, column);
    if (c instanceof JComponent jc) {
      int width = table.getColumnModel().getColumn(column).getWidth();
      boolean cut = c.getPreferredSize().width > width;
      String text = c instanceof JLabel l ? l.getText() : String.valueOf(value);
      jc.setToolTipText(cut && text != null && !text.isBlank() ? text : null);
    }
    return c;
  }
}
