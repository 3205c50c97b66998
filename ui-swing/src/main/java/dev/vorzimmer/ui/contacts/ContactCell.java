package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.ui.common.Avatar;
import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.GridLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * One row of the contacts list: photo (sharp at the screen's scale) or initials, name, formatted
 * numbers, and a star that toggles the favourite flag when clicked.
 */
final class ContactCell implements ListCellRenderer<Contact> {
  static final int AVATAR = 36;
  static final int STAR_WIDTH = 40;
  private final PhotoCache photos = new PhotoCache();
  private final Texts texts;
  private final Function<String, String> display;
  private ContactSources sources = ContactSources.NONE;

  /**
   * @param display an E.164 number as shown to the user ({@code 030 1234567})
   */
  ContactCell(Texts texts, Function<String, String> display) {
    this.texts = texts;
    this.display = display;
  }

  /** Where the synced contacts come from (shown in their rows). */
  void sources(ContactSources sources) {
    this.sources = sources;
  }

  /** True when {@code p} (list coordinates) is on the star of row {@code index}. */
  static boolean onStar(JList<?> list, int index, Point p) {
    Rectangle r = index < 0 ? null : list.getCellBounds(index, index);
    return r != null && r.contains(p) && p.x >= r.x + r.width - STAR_WIDTH;
  }

  @Override
  public Component getListCellRendererComponent(
      JList<? extends Contact> list, Contact c, int index, boolean selected, boolean focus) {
    JPanel row = new JPanel(new BorderLayout(10, 0));
    row.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 4));
    int px = PhotoCache.devicePixels(list, AVATAR);
    row.add(
        Avatar.decoded(c.name(), c.photo().flatMap(bytes -> photos.get(c.id(), bytes, px)), AVATAR),
        BorderLayout.WEST);
    JPanel text = new JPanel(new GridLayout(2, 1));
    text.setOpaque(false);
    JLabel name = new JLabel(c.name());
    name.setFont(name.getFont().deriveFont(java.awt.Font.BOLD));
    JLabel numbers = new JLabel(String.join(", ", c.numbers().stream().map(display).toList()));
    text.add(name);
    text.add(numbers);
    row.add(text, BorderLayout.CENTER);
    JLabel star =
        new JLabel(Icons.get(c.favourite() ? "star" : "star-off", 18), SwingConstants.CENTER);
    star.setPreferredSize(new java.awt.Dimension(STAR_WIDTH, AVATAR));
    java.util.Optional<String> host = sources.hostOf(c.id());
    row.setToolTipText(
        host.map(h -> texts.get("contacts.source.tip", h))
            .orElseGet(() -> texts.get("contacts.starTip")));
    JPanel east = new JPanel(new BorderLayout(6, 0));
    east.setOpaque(false);
    host.ifPresent(
        h -> {
          JLabel from = new JLabel(texts.get("contacts.source", h));
          from.setName("contact.source");
          from.setForeground(
              selected
                  ? list.getSelectionForeground()
                  : UIManager.getColor("Label.disabledForeground"));
          east.add(from, BorderLayout.CENTER);
        });
    east.add(star, BorderLayout.EAST);
    row.add(east, BorderLayout.EAST);
    row.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
    name.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
    numbers.setForeground(
        selected ? list.getSelectionForeground() : UIManager.getColor("Label.disabledForeground"));
    return row;
  }
}
