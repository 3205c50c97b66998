package dev.vorzimmer.ui.messages;

import dev.vorzimmer.ui.common.RowsTableModel;
import java.awt.Component;
import java.awt.Font;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/** How the messages table paints its cells. */
final class MessageCells {
  private MessageCells() {}

  /** The play column: a play icon on rows with audio. */
  static final class Play extends DefaultTableCellRenderer {
    private final javax.swing.Icon icon = dev.vorzimmer.ui.common.Icons.get("play", 16);
    private final String tip;

    Play(dev.vorzimmer.ui.common.Texts texts) {
      this.tip = texts.get("messages.play");
      setHorizontalAlignment(CENTER);
    }

    @Override
    public Component getTableCellRendererComponent(
        JTable table, Object value, boolean selected, boolean focus, int row, int column) {
      super.getTableCellRendererComponent(table, "", selected, focus, row, column);
      boolean audio = "▶".equals(value);
      setIcon(audio ? icon : null);
      setToolTipText(audio ? tip : null);
      return this;
    }
  }

  /** The caller of an unheard message in bold. */
  static final class Heard extends DefaultTableCellRenderer {
    @Override
    public Component getTableCellRendererComponent(
        JTable table, Object value, boolean selected, boolean focus, int row, int column) {
      Component c = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
      @SuppressWarnings("unchecked")
      RowsTableModel<MessageRow> m = (RowsTableModel<MessageRow>) table.getModel();
      boolean heard =
          m.row(table.convertRowIndexToModel(row))
              .map(r -> r.heard() || r.probablyRobot())
              .orElse(true);
      boolean who = table.convertColumnIndexToModel(column) == 2;
      c.setFont(table.getFont().deriveFont(heard || !who ? Font.PLAIN : Font.BOLD));
      return c;
    }
  }
}
