package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.ui.calls.CallsTab;
import dev.vorzimmer.ui.common.DndChoice;
import dev.vorzimmer.ui.common.LineStates;
import dev.vorzimmer.ui.common.Texts;
import java.awt.AWTException;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone's icon in the system tray: its picture shows the lines' state (a problem on any line
 * shows), its tooltip each line's state and the unheard messages; its menu has Show window, the
 * call-back list, do not disturb (the window's choices of how long) and Quit, and a click shows the
 * window. Exists only where the desktop has a tray ({@link #install} returns empty otherwise).
 */
public final class TrayPresence implements DesktopTray {
  private static final Logger log = LoggerFactory.getLogger(TrayPresence.class);
  private final SystemTray tray;
  private final TrayIcon icon;
  private final Texts texts;
  private TrayState.Badge shown;
  private final Menu callBackMenu;
  private final Menu dndMenu;
  private List<DndChoice> dndShown = List.of();

  private TrayPresence(SystemTray tray, TrayIcon icon, Texts texts) {
    this.tray = tray;
    this.icon = icon;
    this.texts = texts;
    this.callBackMenu = new Menu(texts.get("filter.call_back"));
    this.dndMenu = new Menu(texts.get("dnd.menu"));
    PopupMenu menu = icon.getPopupMenu();
    menu.insert(dndMenu, 1);
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

  /**
   * A submenu labelled with the state ("Do not disturb until 14:00") holding the window's choices.
   */
  @Override
  public void doNotDisturb(boolean on, String text, List<DndChoice> choices) {
    dndMenu.setLabel(text);
    if (!choices.equals(dndShown)) {
      dndMenu.removeAll();
      for (DndChoice c : choices) {
        MenuItem item = new MenuItem(c.label());
        item.addActionListener(e -> c.choose().run());
        dndMenu.add(item);
      }
      dndShown = choices;
    }
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
  public void show(LineStates lines, long unheard) {
    TrayState.Badge badge = TrayState.badge(lines);
    if (badge != shown) {
      int size =
          Math.max(16, Math.min(tray.getTrayIconSize().width, tray.getTrayIconSize().height));
      icon.setImage(TrayImages.of(badge, size));
      shown = badge;
    }
    icon.setToolTip(TrayState.tooltip(lines, unheard, texts));
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
