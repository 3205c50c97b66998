package dev.vorzimmer.ui.calls;

import dev.vorzimmer.screening.store.CallResult;
import dev.vorzimmer.ui.common.Texts;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;

/**
 * The list of calls with date headers: headers are never selected (the selection steps over them),
 * Enter opens "Why?", Space plays a message, a click on a row's play button plays it; the row under
 * the mouse and the selected row show Call back and Block buttons too (for the keyboard they are in
 * the bar below the list); the context menu (right click, Shift+F10, the menu key) has every
 * action. EDT only.
 */
final class CallList {
  private final DefaultListModel<CallItem> model = new DefaultListModel<>();
  private final JList<CallItem> list =
      new JList<>(model) {
        @Override
        public boolean getScrollableTracksViewportWidth() {
          return true; // rows fit the width: the play button and the outcome stay visible
        }
      };
  private int lastIndex = -1;

  /** What the keyboard and mouse ask for. */
  record Handlers(
      Consumer<CallRow> why,
      Consumer<CallRow> play,
      Runnable selectionChanged,
      Consumer<String> action) {}

  CallList(Texts texts, ZoneId zone, JPopupMenu popup, Handlers handlers) {
    list.setName("calls.list");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setCellRenderer(new CallCell(texts, zone));
    list.setComponentPopupMenu(popup);
    list.getAccessibleContext().setAccessibleName(texts.get("tab.calls"));
    list.addListSelectionListener(
        e -> {
          if (!e.getValueIsAdjusting()) {
            skipHeader();
            handlers.selectionChanged().run();
          }
        });
    key("ENTER", "calls.why", () -> selected().ifPresent(handlers.why()));
    key(
        "SPACE",
        "calls.play",
        () -> selected().filter(CallList::hasMessage).ifPresent(handlers.play()));
    key("CONTEXT_MENU", "calls.menu", this::showMenuAtSelection);
    key("shift F10", "calls.menu", this::showMenuAtSelection);
    list.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mousePressed(MouseEvent e) {
            int i = list.locationToIndex(e.getPoint());
            if (i >= 0 && e.isPopupTrigger()) {
              list.setSelectedIndex(i);
            }
          }

          @Override
          public void mouseClicked(MouseEvent e) {
            int i = list.locationToIndex(e.getPoint());
            Rectangle cell = i < 0 ? null : list.getCellBounds(i, i);
            if (cell == null || !cell.contains(e.getPoint())) {
              return;
            }
            Optional<CallRow> row = rowAt(i);
            Optional<String> action = CallCell.actionAt(e, cell);
            if (row.filter(CallList::hasMessage).isPresent()
                && action.equals(Optional.of("play"))) {
              row.ifPresent(handlers.play());
            } else if (row.flatMap(CallRow::number).isPresent()
                && action.filter(a -> !a.equals("play")).isPresent()
                && !(action.get().equals("block") && row.get().blocked())) {
              list.setSelectedIndex(i);
              handlers.action().accept(action.get());
            } else if (e.getClickCount() == 2) {
              row.ifPresent(handlers.why());
            }
          }

          @Override
          public void mouseExited(MouseEvent e) {
            hover(-1);
          }
        });
    list.addMouseMotionListener(
        new MouseAdapter() {
          @Override
          public void mouseMoved(MouseEvent e) {
            int i = list.locationToIndex(e.getPoint());
            Rectangle cell = i < 0 ? null : list.getCellBounds(i, i);
            hover(cell != null && cell.contains(e.getPoint()) ? i : -1);
          }
        });
  }

  /** The row under the mouse shows its Call back and Block buttons. */
  private void hover(int index) {
    if (!Integer.valueOf(index).equals(list.getClientProperty(CallCell.HOVER))) {
      list.putClientProperty(CallCell.HOVER, index);
      list.repaint();
    }
  }

  JList<CallItem> component() {
    return list;
  }

  static boolean hasMessage(CallRow r) {
    return r.result() == CallResult.MESSAGE && r.messageId().isPresent();
  }

  /** Shows {@code items}, keeping the selected call selected if it is still there. */
  void show(List<CallItem> items) {
    Optional<Long> keep = selected().map(CallRow::id);
    model.clear();
    model.addAll(items);
    keep.ifPresent(this::select);
  }

  void select(long callId) {
    for (int i = 0; i < model.size(); i++) {
      if (model.get(i) instanceof CallItem.Call c && c.row().id() == callId) {
        list.setSelectedIndex(i);
        list.ensureIndexIsVisible(i);
        return;
      }
    }
  }

  Optional<CallRow> selected() {
    return rowAt(list.getSelectedIndex());
  }

  List<CallItem> items() {
    return java.util.Collections.list(model.elements());
  }

  private Optional<CallRow> rowAt(int i) {
    return i >= 0 && i < model.size() && model.get(i) instanceof CallItem.Call c
        ? Optional.of(c.row())
        : Optional.empty();
  }

  /** A header got selected (arrow keys, a click): step on to the call below it, or above. */
  private void skipHeader() {
    int i = list.getSelectedIndex();
    if (i >= 0 && model.get(i) instanceof CallItem.Header) {
      boolean up = i < lastIndex && i > 0;
      int next = up ? i - 1 : i + 1;
      if (next >= model.size()) {
        list.clearSelection();
      } else {
        list.setSelectedIndex(next);
      }
      return;
    }
    lastIndex = i;
  }

  private void showMenuAtSelection() {
    int i = Math.max(0, list.getSelectedIndex());
    Rectangle r = list.getCellBounds(i, i);
    if (r != null && list.getComponentPopupMenu() != null) {
      list.getComponentPopupMenu().show(list, r.x + 40, r.y + r.height / 2);
    }
  }

  private void key(String stroke, String name, Runnable action) {
    list.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(stroke), name);
    list.getActionMap()
        .put(
            name,
            new AbstractAction() {
              @Override
              public void actionPerformed(ActionEvent e) {
                action.run();
              }
            });
  }
}
