package dev.vorzimmer.ui.calls;

import dev.vorzimmer.ui.common.CellTips;
import dev.vorzimmer.ui.common.EmptyHint;
import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.RowsTableModel;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WrapLayout;
import dev.vorzimmer.ui.contacts.ContactDialog;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;

/** The call log with filters and row actions (call back, block, allow, why). */
public final class CallsTab {
  private static final int VERDICT = 0;
  private final UiContext ctx;
  private final JPanel panel = new JPanel(new BorderLayout());
  private final RowsTableModel<CallRow> model;
  private final JTable table;
  private final NumberActions actions;
  private final List<AbstractButton> rowButtons = new java.util.ArrayList<>();
  private List<CallRow> all = List.of();
  private CallFilter filter = CallFilter.ALL;

  public CallsTab(UiContext ctx) {
    this.ctx = ctx;
    this.model =
        new RowsTableModel<>(
            ctx.texts(),
            List.of(
                "calls.col.verdict",
                "calls.col.time",
                "calls.col.caller",
                "calls.col.info",
                "calls.col.reason",
                "calls.col.outcome"),
            CallsTab::cell);
    this.table = new JTable(model);
    this.actions = new NumberActions(ctx, panel, this::refresh);
    panel.setName("calls");
    table.setName("calls.table");
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setRowHeight(28);
    table.setShowHorizontalLines(true);
    table.getColumnModel().getColumn(VERDICT).setCellRenderer(new VerdictRenderer());
    int[] widths = {100, 80, 160, 200, 320, 100};
    for (int i = 0; i < widths.length; i++) {
      table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
    }
    CellTips.install(table);
    table.getSelectionModel().addListSelectionListener(e -> updateButtons());
    table.setComponentPopupMenu(popup());
    table.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 2) {
              selected().ifPresent(CallsTab.this::showWhy);
            }
          }
        });
    panel.add(filters(), BorderLayout.NORTH);
    panel.add(
        EmptyHint.wrap(new JScrollPane(table), table::getRowCount, ctx.texts().get("calls.empty")),
        BorderLayout.CENTER);
    panel.add(actionBar(), BorderLayout.SOUTH);
    updateButtons();
  }

  public Component component() {
    return panel;
  }

  private static Object cell(CallRow r, int column) {
    return switch (column) {
      case VERDICT -> r.verdictText();
      case 1 -> r.timeText();
      case 2 -> r.caller();
      case 3 -> r.info();
      case 4 -> r.mainReason();
      default -> r.outcomeText();
    };
  }

  /** Reloads the call log off the EDT. */
  public void refresh() {
    ctx.work()
        .query(
            "loading the call log",
            () -> CallRows.load(ctx),
            rows -> {
              all = rows;
              applyFilter();
            },
            e -> ctx.showError(panel, e));
  }

  private void applyFilter() {
    Optional<Long> keep = selected().map(CallRow::id);
    model.setRows(filter.apply(all));
    keep.ifPresent(id -> model.select(table, r -> r.id() == id));
    updateButtons();
    ctx.probe().changed();
  }

  Optional<CallRow> selected() {
    return model.selected(table);
  }

  private JPanel filters() {
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 6));
    ButtonGroup group = new ButtonGroup();
    for (CallFilter f : CallFilter.values()) {
      JToggleButton b = new JToggleButton(ctx.texts().get(f.textKey()), f == CallFilter.ALL);
      b.setName("calls.filter." + f.name().toLowerCase(java.util.Locale.ROOT));
      b.putClientProperty("JButton.buttonType", "roundRect");
      b.addActionListener(
          e -> {
            filter = f;
            applyFilter();
          });
      group.add(b);
      bar.add(b);
    }
    return bar;
  }

  private JPanel actionBar() {
    JPanel bar = new JPanel(new WrapLayout(6, 6));
    bar.setBorder(BorderFactory.createEmptyBorder(0, 4, 4, 4));
    bar.add(button("callBack", actions::callBack));
    bar.add(button("block", actions::block));
    bar.add(button("blockRange", actions::blockRange));
    bar.add(button("allow48", actions::allowFor48h));
    bar.add(button("allow", actions::allowAlways));
    bar.add(button("addContact", n -> ContactDialog.addNumber(ctx, panel, n, this::refresh)));
    JButton why = new JButton(ctx.texts().get("calls.why"));
    why.setName("calls.why");
    why.addActionListener(e -> selected().ifPresent(this::showWhy));
    rowButtons.add(why);
    bar.add(why);
    return bar;
  }

  private JButton button(String key, Consumer<String> action) {
    JButton b = new JButton(ctx.texts().get("action." + key));
    b.setName("calls." + key);
    b.addActionListener(e -> selected().flatMap(CallRow::number).ifPresent(action));
    b.putClientProperty("needsNumber", Boolean.TRUE);
    rowButtons.add(b);
    return b;
  }

  private JPopupMenu popup() {
    JPopupMenu menu = new JPopupMenu();
    for (String key :
        List.of("callBack", "block", "blockRange", "allow48", "allow", "addContact", "why")) {
      JMenuItem item = new JMenuItem(ctx.texts().get("action." + key));
      item.addActionListener(
          e ->
              rowButtons.stream()
                  .filter(b -> ("calls." + key).equals(b.getName()))
                  .findFirst()
                  .ifPresent(AbstractButton::doClick));
      menu.add(item);
    }
    return menu;
  }

  private void updateButtons() {
    Optional<CallRow> row = selected();
    boolean hasNumber = row.flatMap(CallRow::number).isPresent();
    for (AbstractButton b : rowButtons) {
      boolean needsNumber = Boolean.TRUE.equals(b.getClientProperty("needsNumber"));
      b.setEnabled(needsNumber ? hasNumber : row.isPresent());
    }
    rowButtons.stream()
        .filter(b -> "calls.blockRange".equals(b.getName()))
        .findFirst()
        .ifPresent(
            b ->
                b.setEnabled(
                    row.flatMap(CallRow::number).flatMap(NumberPatterns::rangeOf).isPresent()));
  }

  private void showWhy(CallRow row) {
    new WhyDialog(ctx.texts()).show(panel, row);
  }

  @SuppressWarnings("unchecked")
  private static Optional<CallRow> rowAt(JTable table, int viewRow) {
    return ((RowsTableModel<CallRow>) table.getModel()).row(table.convertRowIndexToModel(viewRow));
  }

  /** Verdict column: coloured icon and text. */
  private static final class VerdictRenderer extends DefaultTableCellRenderer {
    @Override
    public Component getTableCellRendererComponent(
        JTable table, Object value, boolean selected, boolean focus, int row, int column) {
      JLabel label =
          (JLabel) super.getTableCellRendererComponent(table, value, selected, focus, row, column);
      label.setIcon(rowAt(table, row).map(r -> Icons.verdict(r.verdict())).orElse(null));
      label.setIconTextGap(8);
      return label;
    }
  }
}
