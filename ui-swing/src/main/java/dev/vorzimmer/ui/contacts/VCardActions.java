package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.ui.common.UiContext;
import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The contacts tab's vCard commands: import from a file chooser or a drop, export of all contacts.
 * Files are read and written off the EDT; the outcome goes to the status bar, and the problems of
 * an import (file, card, reason) to a window that does not block.
 */
final class VCardActions {
  private final UiContext ctx;
  private final Component parent;
  private final Runnable onImported;

  VCardActions(UiContext ctx, Component parent, Runnable onImported) {
    this.ctx = ctx;
    this.parent = parent;
    this.onImported = onImported;
  }

  /** Asks for one or more vCard files and imports them. */
  void chooseAndImport() {
    JFileChooser chooser = chooser("contacts.importChooser");
    chooser.setMultiSelectionEnabled(true);
    if (chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
      importFiles(Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList());
    }
  }

  /** Imports {@code files} in the background and reports what happened; EDT only. */
  void importFiles(List<Path> files) {
    ctx.work()
        .query(
            "importing contacts from " + files,
            () ->
                VCardFiles.importAll(
                    ctx.store().contactBook(),
                    files,
                    ctx.phone().callers().numbers().importNormaliser()),
            this::report,
            e -> ctx.showError(parent, e));
  }

  private void report(VCardFiles.Summary s) {
    String text = ctx.texts().get("contacts.imported", s.imported(), s.duplicates(), s.skipped());
    if (!s.problems().isEmpty()) {
      text +=
          ": "
              + s.problems().get(0)
              + (s.problems().size() > 1
                  ? " " + ctx.texts().get("contacts.moreProblems", s.problems().size() - 1)
                  : "");
      showProblems(s.problems());
    }
    ctx.inform(text);
    onImported.run();
  }

  private void showProblems(List<String> problems) {
    JTextArea area =
        new JTextArea(String.join("\n", problems), Math.min(12, problems.size() + 1), 60);
    area.setName("contacts.importProblems");
    area.setEditable(false);
    ContactDialog.announceWhenShown(area, ctx.probe());
    JOptionPane pane = new JOptionPane(new JScrollPane(area), JOptionPane.WARNING_MESSAGE);
    JDialog dialog =
        pane.createDialog(
            SwingUtilities.getWindowAncestor(parent),
            ctx.texts().get("contacts.importProblemsTitle"));
    dialog.setModal(false);
    dialog.setVisible(true);
  }

  /** Asks where to save and writes all contacts there as vCard 4.0. */
  void chooseAndExport() {
    JFileChooser chooser = chooser("contacts.exportChooser");
    chooser.setSelectedFile(new File("contacts.vcf"));
    if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    if (!VCardFiles.isVCard(file)) {
      file = file.resolveSibling(file.getFileName() + ".vcf");
    }
    if (Files.exists(file)
        && JOptionPane.showConfirmDialog(
                parent,
                ctx.texts().get("contacts.overwrite", file.getFileName()),
                ctx.texts().get("contacts.export"),
                JOptionPane.OK_CANCEL_OPTION)
            != JOptionPane.OK_OPTION) {
      return;
    }
    exportTo(file);
  }

  /** Writes all contacts to {@code file} in the background and reports it; EDT only. */
  void exportTo(Path file) {
    ctx.work()
        .query(
            "exporting contacts to " + file,
            () -> {
              try {
                return VCardFiles.exportAll(ctx.store().contactBook(), file);
              } catch (IOException e) {
                throw new UncheckedIOException(
                    "could not write " + file + ": " + e.getMessage(), e);
              }
            },
            count -> ctx.inform(ctx.texts().get("contacts.exported", count, file)),
            e -> ctx.showError(parent, e));
  }

  private JFileChooser chooser(String name) {
    JFileChooser chooser = new JFileChooser();
    chooser.setName(name);
    ContactDialog.announceWhenShown(chooser, ctx.probe());
    chooser.setFileFilter(new FileNameExtensionFilter("vCard (.vcf)", "vcf", "vcard"));
    return chooser;
  }
}
