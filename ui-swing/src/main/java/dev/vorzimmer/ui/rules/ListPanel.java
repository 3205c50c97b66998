package dev.vorzimmer.ui.rules;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.store.ImportReport;
import dev.vorzimmer.ui.common.CellTips;
import dev.vorzimmer.ui.common.EmptyHint;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.RowsTableModel;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WrapLayout;
import java.awt.BorderLayout;
import java.awt.Component;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/**
 * One list (block or allow) in the Rules tab: its entries in a table, add and remove, import from a
 * text/CSV file and export as text. All store work runs off the EDT.
 */
final class ListPanel {
  private static final Duration[] FOR = {null, Duration.ofHours(48), Duration.ofDays(7)};
  private final UiContext ctx;
  private final ListKind kind;
  private final String name;
  private final Runnable onChange;
  private final JPanel panel = new JPanel(new BorderLayout(0, 6));
  private final RowsTableModel<ListRow> model;
  private final JTable table;
  private final JTextField pattern = new JTextField(16);
  private final JTextField reason = new JTextField(12);
  private final JComboBox<String> duration;
  private final JTextArea problems = new JTextArea(3, 40);
  private final JScrollPane problemsPane = new JScrollPane(problems);
  private final ListFiles files;

  /**
   * @param onChange run on the EDT after the list changed (e.g. to re-check a number)
   */
  ListPanel(UiContext ctx, ListKind kind, Runnable onChange) {
    this.ctx = ctx;
    this.kind = kind;
    this.name = "lists." + kind.name().toLowerCase(Locale.ROOT);
    this.onChange = onChange;
    Texts t = ctx.texts();
    this.model =
        new RowsTableModel<>(
            t,
            List.of("lists.col.number", "lists.col.reason", "lists.col.until", "lists.col.source"),
            (row, col) -> row.cell(col, t, ctx.zone()));
    this.table = new JTable(model);
    this.duration =
        new JComboBox<>(
            new String[] {
              t.get("lists.for.always"), t.get("lists.for.48h"), t.get("lists.for.7d")
            });
    this.files = new ListFiles(ctx, panel, name);
    build();
  }

  private void build() {
    Texts t = ctx.texts();
    panel.setName(name);
    panel.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    table.setName(name + ".table");
    table.setAutoCreateRowSorter(true);
    table.setFillsViewportHeight(true);
    CellTips.install(table);
    pattern.setName(name + ".pattern");
    pattern.putClientProperty("JTextField.placeholderText", t.get("lists.pattern.placeholder"));
    reason.setName(name + ".reason");
    reason.putClientProperty("JTextField.placeholderText", t.get("lists.reason.placeholder"));
    duration.setName(name + ".for");
    problems.setName(name + ".problems");
    problems.setEditable(false);
    problems.setLineWrap(true);
    FormGrid.warn(problems, true);
    JPanel add = new JPanel(new WrapLayout(4, 0));
    add.add(pattern);
    add.add(reason);
    add.add(duration);
    add.add(button("add", e -> add()));
    pattern.addActionListener(e -> add());
    JPanel actions = new JPanel(new WrapLayout(4, 0));
    actions.add(button("remove", e -> remove()));
    actions.add(button("import", e -> files.chooseImport(this::importFile)));
    actions.add(button("export", e -> files.chooseExport(kind, this::exportFile)));
    JPanel south = new JPanel(new BorderLayout(0, 4));
    south.add(actions, BorderLayout.NORTH);
    problemsPane.setName(name + ".problemsPane");
    problemsPane.setVisible(false);
    south.add(problemsPane, BorderLayout.CENTER);
    panel.add(add, BorderLayout.NORTH);
    panel.add(
        EmptyHint.wrap(
            new JScrollPane(table),
            table::getRowCount,
            t.get("lists.empty." + kind.name().toLowerCase(java.util.Locale.ROOT))),
        BorderLayout.CENTER);
    panel.add(south, BorderLayout.SOUTH);
  }

  private JButton button(String key, java.awt.event.ActionListener action) {
    JButton b = new JButton(ctx.texts().get("lists." + key));
    b.setName(name + "." + key);
    b.addActionListener(action);
    return b;
  }

  Component component() {
    return panel;
  }

  /** Re-reads the list in the background. */
  void refresh() {
    ctx.work()
        .query(
            "reading the " + kind + " list",
            () -> ListRow.load(ctx.store().listStore(), kind),
            rows -> {
              model.setRows(rows);
              ctx.probe().changed();
            },
            e -> ctx.showError(panel, e));
  }

  private void add() {
    String typed = pattern.getText().strip();
    Optional<String> stored = ctx.phone().callers().numbers().pattern(typed);
    if (stored.isEmpty()) {
      showProblems(ctx.texts().get("lists.badPattern", typed));
      return;
    }
    Duration d = FOR[Math.max(0, duration.getSelectedIndex())];
    Optional<Instant> until = d == null ? Optional.empty() : Optional.of(Instant.now().plus(d));
    String why = reason.getText().strip();
    ctx.work()
        .run(
            "adding " + stored.get() + " to the " + kind + " list",
            () -> ctx.store().listStore().add(stored.get(), kind, why, "ui", until),
            () -> {
              pattern.setText("");
              reason.setText("");
              showProblems("");
              changed(ctx.texts().get("lists.added", stored.get(), ctx.texts().get(name)));
            },
            e -> ctx.showError(panel, e));
  }

  private void remove() {
    Optional<ListRow> row = model.selected(table);
    if (row.isEmpty()) {
      return;
    }
    ListRow r = row.get();
    if (r.isSummary()
        && !files.confirm(ctx.texts().get("lists.removeImport", r.pattern(), r.bulkCount()))) {
      return;
    }
    ctx.work()
        .run(
            "removing " + r.pattern() + " from the " + kind + " list",
            () -> {
              if (r.isSummary()) {
                ctx.store().listStore().removeSource(r.source());
              } else {
                ctx.store().listStore().remove(r.pattern(), kind);
              }
            },
            () -> changed(ctx.texts().get("lists.removed", r.pattern())),
            e -> ctx.showError(panel, e));
  }

  private void importFile(Path file) {
    ctx.work()
        .query(
            "importing " + file + " into the " + kind + " list",
            () -> {
              try {
                return ctx.store()
                    .listStore()
                    .importText(file, kind, ctx.phone().callers().numbers().importNormaliser());
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
              }
            },
            report -> imported(file, report),
            e -> ctx.showError(panel, e));
  }

  private void imported(Path file, ImportReport r) {
    String fileName = String.valueOf(file.getFileName());
    showProblems(
        r.problems().isEmpty()
            ? ""
            : ctx.texts().get("lists.importProblems", fileName)
                + "\n"
                + String.join("\n", r.problems()));
    changed(ctx.texts().get("lists.imported", r.imported(), fileName, r.duplicates(), r.skipped()));
  }

  private void exportFile(Path file) {
    ctx.work()
        .run(
            "exporting the " + kind + " list to " + file,
            () -> ListFiles.export(ctx.store().listStore(), kind, file),
            () -> ctx.inform(ctx.texts().get("lists.exported", file)),
            e -> ctx.showError(panel, e));
  }

  private void showProblems(String text) {
    problems.setText(text);
    problems.setCaretPosition(0);
    problemsPane.setVisible(!text.isEmpty());
    panel.revalidate();
    ctx.probe().changed();
  }

  private void changed(String notice) {
    ctx.inform(notice);
    refresh();
    onChange.run();
  }
}
