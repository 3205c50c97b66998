package dev.vorzimmer.ui.contacts;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.TransferHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts files dropped (or pasted) onto the contacts list: a Java file list, or the {@code
 * text/uri-list} some Linux file managers send. The files go to {@code onFiles}; which of them are
 * vCards is decided there, so a wrong file is reported rather than silently refused.
 */
final class VCardDrop extends TransferHandler {
  private static final Logger log = LoggerFactory.getLogger(VCardDrop.class);
  static final DataFlavor URI_LIST = uriListFlavor();
  private final Consumer<List<Path>> onFiles;

  VCardDrop(Consumer<List<Path>> onFiles) {
    this.onFiles = onFiles;
  }

  private static DataFlavor uriListFlavor() {
    try {
      return new DataFlavor("text/uri-list;class=java.lang.String");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("java.lang.String not found", e);
    }
  }

  @Override
  public boolean canImport(TransferSupport support) {
    return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)
        || support.isDataFlavorSupported(URI_LIST);
  }

  @Override
  public boolean importData(TransferSupport support) {
    if (!canImport(support)) {
      return false;
    }
    try {
      List<Path> files = files(support.getTransferable());
      if (files.isEmpty()) {
        return false;
      }
      onFiles.accept(files);
      return true;
    } catch (UnsupportedFlavorException | IOException e) {
      log.warn("dropped data could not be read as files", e);
      return false;
    }
  }

  /** The local files in {@code t}, in the order given. */
  static List<Path> files(Transferable t) throws UnsupportedFlavorException, IOException {
    List<Path> out = new ArrayList<>();
    if (t.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
      for (Object o : (List<?>) t.getTransferData(DataFlavor.javaFileListFlavor)) {
        out.add(((File) o).toPath());
      }
      return out;
    }
    String uris = (String) t.getTransferData(URI_LIST);
    for (String line : uris.split("\r?\n")) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      try {
        URI uri = new URI(s);
        if ("file".equalsIgnoreCase(uri.getScheme())) {
          out.add(Path.of(uri));
        } else {
          log.info("dropped {} is not a local file; ignored", s);
        }
      } catch (URISyntaxException | IllegalArgumentException e) {
        log.info("dropped '{}' is not a file URI; ignored: {}", s, e.getMessage());
      }
    }
    return out;
  }
}
