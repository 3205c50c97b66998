package dev.vorzimmer.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

/** A read-only table of view-model rows; {@code cell} gives the value of a row's column. */
public final class RowsTableModel<R> extends AbstractTableModel {
  private final String[] columns;
  private final BiFunction<R, Integer, Object> cell;
  private List<R> rows = List.of();

  public RowsTableModel(Texts t, List<String> columnKeys, BiFunction<R, Integer, Object> cell) {
    this.columns = columnKeys.stream().map(t::get).toArray(String[]::new);
    this.cell = cell;
  }

  public void setRows(List<R> rows) {
    this.rows = List.copyOf(rows);
    fireTableDataChanged();
  }

  public List<R> rows() {
    return rows;
  }

  public Optional<R> row(int modelIndex) {
    return modelIndex >= 0 && modelIndex < rows.size()
        ? Optional.of(rows.get(modelIndex))
        : Optional.empty();
  }

  /** Selects the first row of {@code table} (showing this model) that matches {@code which}. */
  public void select(JTable table, Predicate<R> which) {
    for (int i = 0; i < rows.size(); i++) {
      if (which.test(rows.get(i))) {
        int view = table.convertRowIndexToView(i);
        table.getSelectionModel().setSelectionInterval(view, view);
        return;
      }
    }
  }

  /** The selected row of {@code table} (showing this model), if any. */
  public Optional<R> selected(JTable table) {
    int view = table.getSelectedRow();
    return view < 0 ? Optional.empty() : row(table.convertRowIndexToModel(view));
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return columns.length;
  }

  @Override
  public String getColumnName(int column) {
    return columns[column];
  }

  @Override
  public Object getValueAt(int rowIndex, int columnIndex) {
    return cell.apply(rows.get(rowIndex), columnIndex);
  }
}
