package dev.vorzimmer.ui.rules;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.store.ListStore;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.Component;
import java.awt.event.HierarchyEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * File choosers and the export file for a list panel; choosers run on the EDT, the export off it.
 */
final class ListFiles {
  private final UiContext ctx;
  private final Component parent;
  private final String name;

  ListFiles(UiContext ctx, Component parent, String name) {
    this.ctx = ctx;
    this.parent = parent;
    this.name = name;
  }

  /** Asks for a text/CSV file to import and hands it to {@code onChosen}; EDT only. */
  void chooseImport(Consumer<Path> onChosen) {
    JFileChooser chooser = chooser("lists.import");
    chooser.setFileFilter(
        new FileNameExtensionFilter(ctx.texts().get("lists.fileType"), "txt", "csv"));
    if (chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
      onChosen.accept(chooser.getSelectedFile().toPath());
    }
  }

  /** Asks where to save {@code kind}'s list and hands the file to {@code onChosen}; EDT only. */
  void chooseExport(ListKind kind, Consumer<Path> onChosen) {
    JFileChooser chooser = chooser("lists.export");
    chooser.setSelectedFile(new java.io.File(kind.name().toLowerCase(Locale.ROOT) + "-list.txt"));
    if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    if (!Files.exists(file) || confirm(ctx.texts().get("lists.overwrite", file.getFileName()))) {
      onChosen.accept(file);
    }
  }

  /** A yes/no question; EDT only. */
  boolean confirm(String question) {
    return JOptionPane.showConfirmDialog(
            SwingUtilities.getWindowAncestor(parent),
            question,
            ctx.texts().get("error.title"),
            JOptionPane.YES_NO_OPTION)
        == JOptionPane.YES_OPTION;
  }

  private JFileChooser chooser(String titleKey) {
    JFileChooser chooser = new JFileChooser();
    chooser.setName(name + ".chooser");
    chooser.setDialogTitle(ctx.texts().get(titleKey));
    chooser.addHierarchyListener(
        e -> {
          if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && chooser.isShowing()) {
            ctx.probe().changed();
          }
        });
    return chooser;
  }

  /**
   * Writes {@code kind}'s list to {@code file} in the import format. The file is written next to
   * its target and then moved into place, so a failed export leaves an existing file as it was.
   */
  static void export(ListStore store, ListKind kind, Path file) {
    Path dir = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("."));
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, ".export", ".txt");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        store.exportText(kind, w);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      deleteLeftover(tmp);
    }
  }

  private static void deleteLeftover(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      org.slf4j.LoggerFactory.getLogger(ListFiles.class)
          .warn("could not delete the temporary file {}", tmp, e);
    }
  }
}
