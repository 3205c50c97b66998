package dev.vorzimmer.ui.common;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;

/**
 * What a failure means for the user, in the window's language. The system's own message (often
 * English, from the JDK, SQLite or a server) is only the detail a user may open; the sentence
 * itself never carries it.
 */
public final class ErrorText {
  private ErrorText() {}

  /** The sentence for {@code failure}. */
  public static String sentence(Texts texts, Throwable failure) {
    Throwable t = cause(failure);
    if (t instanceof FormException form) {
      return form.text(texts);
    }
    if (t instanceof NoSuchFileException e) {
      return texts.get("error.noFile", String.valueOf(e.getFile()));
    }
    if (t instanceof AccessDeniedException e) {
      return texts.get("error.denied", String.valueOf(e.getFile()));
    }
    if (t instanceof FileAlreadyExistsException e) {
      return texts.get("error.exists", String.valueOf(e.getFile()));
    }
    if (t instanceof FileSystemException e && String.valueOf(e.getReason()).contains("space")) {
      return texts.get("error.full", String.valueOf(e.getFile()));
    }
    if (t instanceof java.sql.SQLException || t.getClass().getName().contains(".store.")) {
      return texts.get("error.store");
    }
    if (t instanceof IOException) {
      return texts.get("error.io");
    }
    return texts.get("error.other");
  }

  /** The technical detail: the system's message, or the failure's kind when it has none. */
  public static String detail(Throwable failure) {
    Throwable t = cause(failure);
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /**
   * The error dialog's content: the sentence, and a "Details" switch that shows the technical
   * detail (hidden at first).
   */
  public static JComponent component(Texts texts, Throwable failure) {
    JPanel box = new JPanel(new BorderLayout(0, 6));
    JLabel text = new JLabel(texts.get("error.text", sentence(texts, failure)));
    text.setName("error.text");
    JTextArea detail = new JTextArea(detail(failure), 3, 40);
    detail.setName("error.detail");
    detail.setEditable(false);
    detail.setLineWrap(true);
    detail.setWrapStyleWord(true);
    JScrollPane detailScroll = new JScrollPane(detail);
    detailScroll.setVisible(false);
    JToggleButton more = new JToggleButton(texts.get("error.details"));
    more.setName("error.details");
    more.addActionListener(
        e -> {
          detailScroll.setVisible(more.isSelected());
          Window w = SwingUtilities.getWindowAncestor(box);
          if (w != null) {
            w.pack();
          }
        });
    JPanel moreRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
    moreRow.add(more);
    box.add(text, BorderLayout.NORTH);
    box.add(moreRow, BorderLayout.CENTER);
    box.add(detailScroll, BorderLayout.SOUTH);
    return box;
  }

  private static Throwable cause(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException
            || t instanceof ExecutionException
            || t instanceof UncheckedIOException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
