package dev.vorzimmer.ui.messages;

import dev.vorzimmer.ui.common.Texts;
import java.util.List;
import java.util.function.Predicate;
import javax.swing.JComboBox;

/**
 * Which messages the Messages tab lists: the messages people left (default), those filed under
 * "Probably robots" (silent or tones only), or all. The robots entry shows how many there are.
 */
enum MessageFilter {
  MESSAGES(r -> !r.probablyRobot()),
  ROBOTS(MessageRow::probablyRobot),
  ALL(r -> true);

  private final Predicate<MessageRow> shows;

  MessageFilter(Predicate<MessageRow> shows) {
    this.shows = shows;
  }

  List<MessageRow> apply(List<MessageRow> rows) {
    return rows.stream().filter(shows).toList();
  }

  /** "Messages", "Probably robots (3)", "All messages". */
  String label(Texts t, List<MessageRow> all) {
    return switch (this) {
      case MESSAGES -> t.get("messages.filter.messages");
      case ROBOTS -> t.get("messages.filter.robots", ROBOTS.apply(all).size());
      case ALL -> t.get("messages.filter.all");
    };
  }

  /** A combo box of the filters, named {@code messages.filter}. */
  static JComboBox<MessageFilter> box(Texts t, java.util.function.Supplier<List<MessageRow>> all) {
    JComboBox<MessageFilter> box = new JComboBox<>(values());
    box.setName("messages.filter");
    box.setRenderer(
        new javax.swing.DefaultListCellRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public java.awt.Component getListCellRendererComponent(
              javax.swing.JList<?> list, Object value, int index, boolean sel, boolean focus) {
            Object text = value instanceof MessageFilter f ? f.label(t, all.get()) : value;
            return super.getListCellRendererComponent(list, text, index, sel, focus);
          }
        });
    return box;
  }
}
