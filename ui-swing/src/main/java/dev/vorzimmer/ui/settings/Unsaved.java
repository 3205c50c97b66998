package dev.vorzimmer.ui.settings;

import dev.vorzimmer.ui.common.OnChange;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JSpinner;
import javax.swing.text.JTextComponent;

/**
 * Marks a settings page as changed but not saved: the user's edits call the listener, loading and
 * saving call {@link #clear}. Changes made while loading do not count. EDT only.
 */
final class Unsaved {
  /** Told when the page's unsaved state flips. */
  interface Listener {
    void unsaved(boolean value);
  }

  private final Listener listener;
  private final Runnable onEdit;
  private boolean loading;
  private boolean value;

  /**
   * @param onEdit runs on every edit by the user (e.g. to clear an old test result)
   */
  Unsaved(Listener listener, Runnable onEdit) {
    this.listener = listener;
    this.onEdit = onEdit;
  }

  /** Follows edits of {@code fields} (text fields, combo boxes, spinners, check boxes). */
  Unsaved watch(JComponent... fields) {
    for (JComponent f : fields) {
      if (f instanceof JTextComponent text) {
        text.getDocument().addDocumentListener(new OnChange(this::edited));
      } else if (f instanceof JComboBox<?> box) {
        box.addActionListener(e -> edited());
      } else if (f instanceof JSpinner spinner) {
        spinner.addChangeListener(e -> edited());
      } else if (f instanceof AbstractButton button) {
        button.addItemListener(e -> edited());
      } else {
        throw new IllegalArgumentException("cannot follow " + f.getClass().getSimpleName());
      }
    }
    return this;
  }

  /** Runs {@code fill} (which sets the fields from the file) without counting it as an edit. */
  void load(Runnable fill) {
    loading = true;
    try {
      fill.run();
    } finally {
      loading = false;
    }
    clear();
  }

  /** Nothing unsaved any more (after a load or a save). */
  void clear() {
    set(false);
  }

  boolean isUnsaved() {
    return value;
  }

  private void edited() {
    if (loading) {
      return;
    }
    onEdit.run();
    set(true);
  }

  private void set(boolean unsaved) {
    if (unsaved != value) {
      value = unsaved;
      listener.unsaved(unsaved);
    }
  }
}
