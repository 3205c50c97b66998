package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.app.carddav.AddressBookStatus;
import dev.vorzimmer.app.carddav.AddressBookStatuses;
import dev.vorzimmer.ui.common.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * One line per synced address book above the contacts list ("cloud.example.org: 42 contacts, synced
 * at 14:05", or why the last sync failed and that the earlier copy stays). Hidden when no book has
 * been synced. Fed from the sync thread through {@link SwingUtilities#invokeLater}.
 */
final class SyncStatusLines {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private final JPanel panel = new JPanel();
  private final AddressBookStatuses statuses;
  private final Texts texts;
  private final ZoneId zone;
  private final Runnable afterSync;

  /**
   * @param afterSync runs on the EDT after each sync (the list reloads)
   */
  SyncStatusLines(AddressBookStatuses statuses, Texts texts, ZoneId zone, Runnable afterSync) {
    this.statuses = statuses;
    this.texts = texts;
    this.zone = zone;
    this.afterSync = afterSync;
    panel.setName("contacts.syncStatus");
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    statuses.addListener(() -> SwingUtilities.invokeLater(this::synced));
    show(statuses.all());
  }

  JPanel component() {
    return panel;
  }

  private void synced() {
    show(statuses.all());
    afterSync.run();
  }

  private void show(List<AddressBookStatus> all) {
    panel.removeAll();
    for (AddressBookStatus s : all) {
      JLabel line = new JLabel(text(s));
      line.setName("contacts.syncStatus." + s.host());
      if (!s.ok()) {
        line.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
      }
      panel.add(line);
    }
    panel.setVisible(!all.isEmpty());
    panel.revalidate();
    panel.repaint();
  }

  /** The line for {@code s} in the window's language. */
  String text(AddressBookStatus s) {
    String at = TIME.format(s.at().atZone(zone));
    if (s.ok()) {
      return texts.get("contacts.sync.ok." + role(s), s.host(), s.entries(), at);
    }
    return texts.get("contacts.sync.failed." + s.trouble().name(), s.host(), at, s.entries());
  }

  private static String role(AddressBookStatus s) {
    return switch (s.role()) {
      case "block", "allow" -> s.role();
      default -> "contacts";
    };
  }
}
