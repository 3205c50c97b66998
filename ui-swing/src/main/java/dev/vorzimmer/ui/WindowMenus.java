package dev.vorzimmer.ui;

import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WindowPlacement;
import dev.vorzimmer.ui.desktop.WindowExtras;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;

/**
 * The main window's menu bar: File (Settings, Quit), Line (register again) and View (theme,
 * language, the desktop's extra switches). EDT only.
 */
final class WindowMenus {
  private final UiContext ctx;
  private final WindowPlacement placement;
  private final WindowExtras extras;

  WindowMenus(UiContext ctx, WindowPlacement placement, WindowExtras extras) {
    this.ctx = ctx;
    this.placement = placement;
    this.extras = extras;
  }

  /**
   * @param settings the File menu's Settings item
   * @param theme told the user's theme choice (empty: follow the system)
   */
  JMenuBar bar(
      JMenuItem settings,
      Runnable reRegister,
      Runnable quit,
      Optional<String> themeChoice,
      Consumer<Optional<String>> theme) {
    JMenuBar bar = new JMenuBar();
    JMenu file = new JMenu(ctx.texts().get("menu.file"));
    JMenuItem quitItem = new JMenuItem(ctx.texts().get("menu.quit"));
    quitItem.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK));
    quitItem.addActionListener(e -> quit.run());
    file.add(settings);
    file.add(quitItem);
    JMenu line = new JMenu(ctx.texts().get("menu.line"));
    JMenuItem again = new JMenuItem(ctx.texts().get("action.reRegister"));
    again.addActionListener(e -> reRegister.run());
    line.add(again);
    bar.add(file);
    bar.add(line);
    bar.add(viewMenu(themeChoice, theme));
    return bar;
  }

  private JMenu viewMenu(Optional<String> themeChoice, Consumer<Optional<String>> theme) {
    JMenu view = new JMenu(ctx.texts().get("menu.view"));
    ButtonGroup group = new ButtonGroup();
    for (String choice : new String[] {"system", "light", "dark"}) {
      JRadioButtonMenuItem item =
          new JRadioButtonMenuItem(
              ctx.texts().get("menu.theme." + choice), themeChoice.orElse("system").equals(choice));
      item.setName("menu.theme." + choice);
      item.addActionListener(
          e -> {
            Optional<String> chosen =
                "system".equals(choice) ? Optional.empty() : Optional.of(choice);
            theme.accept(chosen);
            Theme.apply(chosen.map("dark"::equals).orElseGet(DesktopUi::systemPrefersDark));
          });
      group.add(item);
      view.add(item);
    }
    view.add(languageMenu());
    extras.viewItems().forEach(view::add);
    return view;
  }

  /** View → Language: System / English / Deutsch, applied at the next start (said in a notice). */
  private JMenu languageMenu() {
    JMenu menu = new JMenu(ctx.texts().get("menu.language"));
    menu.setName("menu.language");
    ButtonGroup group = new ButtonGroup();
    String current = placement.language().orElse("system");
    for (String choice : new String[] {"system", "en", "de"}) {
      JRadioButtonMenuItem item =
          new JRadioButtonMenuItem(
              ctx.texts().get("menu.language." + choice), current.equals(choice));
      item.setName("menu.language." + choice);
      item.addActionListener(
          e -> {
            placement.saveLanguage(
                "system".equals(choice) ? Optional.empty() : Optional.of(choice));
            ctx.inform(ctx.texts().get("notice.languageNextStart"));
          });
      group.add(item);
      menu.add(item);
    }
    return menu;
  }
}
