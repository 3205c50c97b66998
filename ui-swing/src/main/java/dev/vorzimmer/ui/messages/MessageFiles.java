package dev.vorzimmer.ui.messages;

import dev.vorzimmer.ui.common.UiContext;
import java.awt.Component;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message's file: export it as WAV where the user picks, or delete the message (after asking)
 * with its file. The file work runs off the EDT; {@code refresh} runs after a delete. EDT only.
 */
final class MessageFiles {
  private static final Logger log = LoggerFactory.getLogger(MessageFiles.class);
  private final UiContext ctx;
  private final Component parent;
  private final Runnable refresh;

  MessageFiles(UiContext ctx, Component parent, Runnable refresh) {
    this.ctx = ctx;
    this.parent = parent;
    this.refresh = refresh;
  }

  void export(MessageRow row) {
    JFileChooser chooser = new JFileChooser();
    chooser.setSelectedFile(new java.io.File("vorzimmer-message-" + row.id() + ".wav"));
    if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path target = chooser.getSelectedFile().toPath();
    ctx.work()
        .run(
            "exporting message " + row.id() + " to " + target,
            () -> copy(row.file(), target),
            () -> ctx.inform(ctx.texts().get("notice.exported", target)),
            e -> ctx.showError(parent, e));
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not copy " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  void delete(MessageRow row) {
    int answer =
        JOptionPane.showConfirmDialog(
            parent,
            ctx.texts().get("messages.deleteConfirm", row.caller()),
            ctx.texts().get("messages.delete"),
            JOptionPane.OK_CANCEL_OPTION);
    if (answer != JOptionPane.OK_OPTION) {
      return;
    }
    ctx.work()
        .run(
            "deleting message " + row.id(),
            () -> {
              ctx.store().messages().delete(row.id());
              try {
                Files.deleteIfExists(row.file());
              } catch (IOException e) {
                log.warn(
                    "message {} removed from the list, but its file {} stays: {}",
                    row.id(),
                    row.file(),
                    e.getMessage());
              }
            },
            refresh,
            e -> ctx.showError(parent, e));
  }
}
