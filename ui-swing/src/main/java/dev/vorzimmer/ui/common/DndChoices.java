package dev.vorzimmer.ui.common;

import java.awt.Component;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;

/**
 * How long do not disturb lasts, for the menu beside the status bar's switch: off, until switched
 * off, for an hour, until a time the user picks, until tomorrow morning (also offered in the tray
 * through {@link #list}). EDT only.
 */
final class DndChoices {
  /** When "tomorrow morning" ends. */
  static final LocalTime MORNING = LocalTime.of(7, 0);

  private final UiContext ctx;
  private final Component owner;
  private final JPopupMenu menu = new JPopupMenu();
  private final List<DndChoice> list = new ArrayList<>();

  /**
   * @param owner the switch: the time question opens over its window
   * @param set told the wanted state: empty for off, else the end (empty end: until switched off)
   */
  DndChoices(UiContext ctx, Component owner, Consumer<Optional<Optional<Instant>>> set) {
    this.ctx = ctx;
    this.owner = owner;
    menu.setName("dnd.choices");
    item("off", () -> set.accept(Optional.empty()));
    item("on", () -> set.accept(Optional.of(Optional.empty())));
    item(
        "hour",
        () -> set.accept(Optional.of(Optional.of(Instant.now().plus(Duration.ofHours(1))))));
    item("until", () -> askTime().ifPresent(t -> set.accept(Optional.of(Optional.of(t)))));
    item("morning", () -> set.accept(Optional.of(Optional.of(next(MORNING, true)))));
  }

  JPopupMenu menu() {
    return menu;
  }

  /** The same choices as the menu, for another menu (the tray's). */
  List<DndChoice> list() {
    return List.copyOf(list);
  }

  private void item(String key, Runnable action) {
    DndChoice choice =
        new DndChoice(key, ctx.texts().get("dnd.choice." + key, MORNING.toString()), action);
    list.add(choice);
    JMenuItem item = new JMenuItem(choice.label());
    item.setName("dnd.choice." + key);
    item.addActionListener(e -> action.run());
    menu.add(item);
  }

  /** Asks for a time of day (modal); the next such moment, today or tomorrow. */
  private Optional<Instant> askTime() {
    JComboBox<String> time = new JComboBox<>(times());
    time.setEditable(true);
    time.setName("dnd.untilTime");
    time.setSelectedItem(
        String.format(Locale.ROOT, "%02d:00", (LocalTime.now(ctx.zone()).getHour() + 2) % 24));
    JOptionPane question =
        new JOptionPane(
            new Object[] {ctx.texts().get("dnd.untilQuestion"), time},
            JOptionPane.QUESTION_MESSAGE,
            JOptionPane.OK_CANCEL_OPTION);
    question.setName("dnd.untilDialog");
    question.addHierarchyListener(e -> ctx.probe().changed());
    JDialog dialog = question.createDialog(owner, ctx.texts().get("dnd.menu"));
    dialog.setVisible(true); // modal: returns when answered
    dialog.dispose();
    if (!Integer.valueOf(JOptionPane.OK_OPTION).equals(question.getValue())) {
      return Optional.empty();
    }
    String typed = String.valueOf(time.getEditor().getItem()).strip();
    try {
      return Optional.of(next(LocalTime.parse(typed.length() == 4 ? "0" + typed : typed), false));
    } catch (DateTimeParseException e) {
      ctx.inform(ctx.texts().get("dnd.badTime", typed));
      return Optional.empty();
    }
  }

  /**
   * The next {@code time} from now: today if still ahead (and not {@code tomorrow}), else tomorrow.
   */
  private Instant next(LocalTime time, boolean tomorrow) {
    ZonedDateTime now = ZonedDateTime.now(ctx.zone());
    ZonedDateTime at = now.with(time).withSecond(0).withNano(0);
    return (tomorrow || !at.isAfter(now) ? at.plusDays(1) : at).toInstant();
  }

  private static String[] times() {
    String[] out = new String[48];
    for (int i = 0; i < 48; i++) {
      out[i] = String.format(Locale.ROOT, "%02d:%02d", i / 2, i % 2 * 30);
    }
    return out;
  }
}
