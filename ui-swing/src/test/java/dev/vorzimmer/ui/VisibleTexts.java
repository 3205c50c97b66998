package dev.vorzimmer.ui;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;

/** The texts a user can read in a window: labels, buttons, tab titles, table cells, menus. */
final class VisibleTexts {
  private VisibleTexts() {}

  /** Whether {@code c} or a component inside it is named {@code name}. */
  static boolean contains(Component c, String name) {
    if (name.equals(c.getName())) {
      return true;
    }
    if (c instanceof Container parent) {
      for (Component child : parent.getComponents()) {
        if (contains(child, name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every text a user can read in the showing part of {@code root}. */
  static List<String> of(Container root, String where) throws Exception {
    return SwingRobot.onEdt(
        () -> {
          Set<String> out = new LinkedHashSet<>();
          collect(root, out);
          List<String> list = new ArrayList<>();
          out.forEach(t -> list.add(where + ": " + t));
          return list;
        });
  }

  private static void collect(Component c, Set<String> out) {
    if (!c.isShowing()) {
      return;
    }
    if (c instanceof JComponent j && j.getToolTipText() != null) {
      out.add(j.getToolTipText());
    }
    if (c instanceof JLabel l) {
      add(out, l.getText());
    } else if (c instanceof AbstractButton b) {
      add(out, b.getText());
    } else if (c instanceof JTextComponent t && !t.isEditable()) {
      add(out, t.getText());
    } else if (c instanceof JTextField f) {
      Object placeholder = f.getClientProperty("JTextField.placeholderText");
      add(out, placeholder == null ? null : placeholder.toString());
    } else if (c instanceof JTabbedPane p) {
      for (int i = 0; i < p.getTabCount(); i++) {
        add(out, p.getTitleAt(i));
      }
    } else if (c instanceof JTable t) {
      for (int col = 0; col < t.getColumnCount(); col++) {
        add(out, t.getColumnName(col));
        for (int row = 0; row < t.getRowCount(); row++) {
          add(out, String.valueOf(t.getValueAt(row, col)));
        }
      }
    } else if (c instanceof JComboBox<?> box) {
      comboTexts(box, out);
    } else if (c instanceof javax.swing.JList<?> list) {
      listTexts(list, out);
    }
    if (c instanceof Container parent) {
      for (Component child : parent.getComponents()) {
        collect(child, out);
      }
    }
  }

  /** What the box's renderer shows for each item (not the item's toString()). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void comboTexts(JComboBox<?> box, java.util.Set<String> out) {
    javax.swing.ListCellRenderer renderer = box.getRenderer();
    javax.swing.JList list = new javax.swing.JList();
    for (int i = 0; i < box.getItemCount(); i++) {
      Object item = box.getItemAt(i);
      Component shown = renderer.getListCellRendererComponent(list, item, i, false, false);
      add(out, shown instanceof javax.swing.JLabel l ? l.getText() : String.valueOf(item));
    }
  }

  /** The labels each row's renderer shows (the call list draws its rows with a renderer). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void listTexts(javax.swing.JList list, java.util.Set<String> out) {
    javax.swing.ListCellRenderer renderer = list.getCellRenderer();
    for (int i = 0; i < list.getModel().getSize(); i++) {
      Object item = list.getModel().getElementAt(i);
      labels(renderer.getListCellRendererComponent(list, item, i, false, false), out);
    }
  }

  private static void labels(Component c, java.util.Set<String> out) {
    if (c instanceof javax.swing.JLabel l) {
      add(out, l.getText());
    }
    if (c instanceof Container parent) {
      for (Component child : parent.getComponents()) {
        labels(child, out);
      }
    }
  }

  static List<String> menus(JMenuBar bar) {
    List<String> out = new ArrayList<>();
    if (bar == null) {
      return out;
    }
    for (int i = 0; i < bar.getMenuCount(); i++) {
      JMenu menu = bar.getMenu(i);
      out.add("#m: " + menu.getText());
      for (Component item : menu.getMenuComponents()) {
        if (item instanceof JMenu sub) {
          out.add("#m: " + sub.getText());
          for (Component subItem : sub.getMenuComponents()) {
            if (subItem instanceof AbstractButton b) {
              out.add("#m: " + b.getText());
            }
          }
        } else if (item instanceof AbstractButton b) {
          out.add("#m: " + b.getText());
        }
      }
    }
    return out;
  }

  private static void add(Set<String> out, String text) {
    if (text != null && !text.isBlank()) {
      out.add(text.replaceAll("<[^>]*>", " ").strip());
    }
  }
}
