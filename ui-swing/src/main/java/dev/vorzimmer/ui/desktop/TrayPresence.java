package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.ui.calls.CallsTab;
import dev.vorzimmer.ui.common.Texts;
import java.awt.AWTException;
import java.awt.CheckboxMenuItem;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone's icon in the system tray: its picture shows the line's state, its tooltip the state
 * and the unheard messages; its menu has Show window and Quit, and a click shows the window. Exists
 * only where the desktop has a tray ({@link #install} returns empty otherwise).
 */
public final class TrayPresence implements DesktopTray {
  private static final Logger log = LoggerFactory.getLogger(TrayPresence.class);
  private final SystemTray tray;
  private final TrayIcon icon;
  private final Texts texts;
  private TrayState.Badge shown;
  private final Menu callBackMenu;
  private final CheckboxMenuItem dndItem;
  private Consumer<Boolean> setDnd = on -> {};

  private TrayPresence(SystemTray tray, TrayIcon icon, Texts texts) {
    this.tray = tray;
    this.icon = icon;
    this.texts = texts;
    this.callBackMenu = new Menu(texts.get("filter.call_back"));
    this.dndItem = new CheckboxMenuItem(texts.get("dnd.menu"));
    dndItem.addItemListener(e -> setDnd.accept(dndItem.getState()));
    PopupMenu menu = icon.getPopupMenu();
    menu.insert(dndItem, 1);
    menu.insert(callBackMenu, 1);
    callBackMenu.setEnabled(false);
  }

  @Override
  public void callBacks(List<CallsTab.CallBack> entries, Runnable show) {
    callBackMenu.removeAll();
    callBackMenu.setLabel(
        entries.isEmpty()
            ? texts.get("filter.call_back")
            : texts.get("filter.call_backCount", entries.size()));
    for (CallsTab.CallBack c : entries) {
      MenuItem item = new MenuItem(c.label());
      item.addActionListener(e -> show.run());
      callBackMenu.add(item);
    }
    callBackMenu.setEnabled(!entries.isEmpty());
  }

  @Override
  public void doNotDisturb(boolean on, Consumer<Boolean> set) {
    setDnd = set;
    dndItem.setState(on);
  }

  /**
   * Adds the icon to the system tray, if this desktop has one (a {@link DesktopTray.Factory}); EDT
   * only.
   */
  public static Optional<DesktopTray> install(Texts texts, Runnable showWindow, Runnable quit) {
    if (!SystemTray.isSupported()) {
      log.info("this desktop has no system tray: closing the window quits");
      return Optional.empty();
    }
    SystemTray tray = SystemTray.getSystemTray();
    int size = Math.max(16, Math.min(tray.getTrayIconSize().width, tray.getTrayIconSize().height));
    TrayIcon icon =
        new TrayIcon(
            TrayImages.of(TrayState.Badge.PENDING, size),
            "Vorzimmer",
            menu(texts, showWindow, quit));
    icon.setImageAutoSize(true);
    icon.addActionListener(e -> showWindow.run());
    icon.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            if (e.getButton() == MouseEvent.BUTTON1) {
              showWindow.run();
            }
          }
        });
    try {
      tray.add(icon);
    } catch (AWTException e) {
      log.warn("the system tray refused the icon ({}): closing the window quits", e.getMessage());
      return Optional.empty();
    }
    return Optional.of(new TrayPresence(tray, icon, texts));
  }

  private static PopupMenu menu(Texts texts, Runnable showWindow, Runnable quit) {
    PopupMenu menu = new PopupMenu();
    MenuItem show = new MenuItem(texts.get("tray.show"));
    show.addActionListener(e -> showWindow.run());
    MenuItem exit = new MenuItem(texts.get("menu.quit"));
    exit.addActionListener(e -> quit.run());
    menu.add(show);
    menu.addSeparator();
    menu.add(exit);
    return menu;
  }

  @Override
  public void show(RegistrationEvent state, long unheard) {
    TrayState.Badge badge = TrayState.badge(state);
    if (badge != shown) {
      int size =
          Math.max(16, Math.min(tray.getTrayIconSize().width, tray.getTrayIconSize().height));
      icon.setImage(TrayImages.of(badge, size));
      shown = badge;
    }
    icon.setToolTip(TrayState.tooltip(state, unheard, texts));
  }

  @Override
  public void notify(Notification n) {
    icon.displayMessage(n.title(), n.body(), TrayIcon.MessageType.INFO);
  }

  @Override
  public void close() {
    tray.remove(icon);
  }
}
