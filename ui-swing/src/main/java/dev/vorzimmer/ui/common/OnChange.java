package dev.vorzimmer.ui.common;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/** A document listener that runs one action on every change (insert, remove, attribute). */
public final class OnChange implements DocumentListener {
  private final Runnable action;

  public OnChange(Runnable action) {
    this.action = action;
  }

  @Override
  public void insertUpdate(DocumentEvent e) {
    action.run();
  }

  @Override
  public void removeUpdate(DocumentEvent e) {
    action.run();
  }

  @Override
  public void changedUpdate(DocumentEvent e) {
    action.run();
  }
}
