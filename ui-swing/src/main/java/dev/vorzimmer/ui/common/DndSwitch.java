package dev.vorzimmer.ui.common;

import dev.vorzimmer.screening.store.DoNotDisturb;
import java.awt.Color;
import java.awt.FlowLayout;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JToggleButton;
import javax.swing.Timer;
import javax.swing.UIManager;

/**
 * Do not disturb, one click away in the status bar (and the tray): the switch lives in the shared
 * database, so {@code vorzimmer dnd} and the phone see the same; it is re-read every few seconds to
 * show a change made on the command line. Database access off the EDT; everything else EDT only.
 */
public final class DndSwitch {
  private static final int POLL_MS = 5000;
  private final UiContext ctx;
  private final JToggleButton button = new JToggleButton();
  private final JButton more = new JButton("▾");
  private final DndChoices choices;
  private final Timer poll;
  private final List<BiConsumer<Boolean, String>> listeners = new CopyOnWriteArrayList<>();
  private boolean on;
  private String shown = "";

  public DndSwitch(UiContext ctx) {
    this.ctx = ctx;
    button.setName("status.dnd");
    button.putClientProperty("JButton.buttonType", "toolBarButton");
    button.addActionListener(e -> set(button.isSelected()));
    poll = new Timer(POLL_MS, e -> refresh());
    choices =
        new DndChoices(
            ctx,
            button,
            wanted ->
                store(
                    wanted
                        .<DoNotDisturb.State>map(DoNotDisturb.On::new)
                        .orElse(new DoNotDisturb.Off())));
    more.setName("status.dndMore");
    more.putClientProperty("JButton.buttonType", "toolBarButton");
    more.setToolTipText(ctx.texts().get("dnd.moreTip"));
    more.addActionListener(
        e -> choices.menu().show(more, 0, -choices.menu().getPreferredSize().height));
    button.setComponentPopupMenu(choices.menu());
    show(new DoNotDisturb.Off());
  }

  public JToggleButton button() {
    return button;
  }

  /** The switch and, beside it, the menu of how long (an hour, until a time, until morning). */
  public JComponent component() {
    JPanel both = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
    both.setOpaque(false);
    both.add(button);
    both.add(more);
    return both;
  }

  /** The menu of how long (for tests and the keyboard); EDT only. */
  public JPopupMenu choices() {
    return choices.menu();
  }

  /** The ways to switch it (the menu's choices, for the tray's menu); EDT only. */
  public List<DndChoice> durations() {
    return choices.list();
  }

  /**
   * Told (on the EDT) whether do not disturb is on and the switch's words ("Do not disturb until
   * 14:00"), now and after each change of either.
   */
  public void addListener(BiConsumer<Boolean, String> listener) {
    listeners.add(listener);
    listener.accept(on, shown);
  }

  public boolean isOn() {
    return on;
  }

  /** Reads the switch now and then every few seconds. */
  public void start() {
    refresh();
    poll.start();
  }

  public void stop() {
    poll.stop();
  }

  /** Switches do not disturb on (until switched off) or off. */
  public void set(boolean wanted) {
    store(wanted ? new DoNotDisturb.On(java.util.Optional.empty()) : new DoNotDisturb.Off());
  }

  private void store(DoNotDisturb.State state) {
    ctx.work()
        .run(
            "switching do not disturb to " + state,
            () -> ctx.store().doNotDisturb().set(state),
            this::refresh,
            e -> {
              ctx.showError(button, e);
              refresh();
            });
  }

  /** Re-reads the switch off the EDT. */
  public void refresh() {
    ctx.work()
        .query(
            "reading do not disturb",
            () -> ctx.store().doNotDisturb().read(),
            this::show,
            e -> {}); // logged by UiExecutor; the next poll tries again
  }

  private void show(DoNotDisturb.State state) {
    boolean active = state.activeAt(Instant.now());
    button.setSelected(active);
    String text =
        !active
            ? ctx.texts().get("dnd.off")
            : state instanceof DoNotDisturb.On o && o.until().isPresent()
                ? ctx.texts().get("dnd.onUntil", time(o.until().get()))
                : ctx.texts().get("dnd.on");
    button.setText(text);
    button.setToolTipText(ctx.texts().get(active ? "dnd.tipOn" : "dnd.tipOff"));
    Color red = UIManager.getColor("Actions.Red");
    button.setForeground(active && red != null ? red : UIManager.getColor("Button.foreground"));
    boolean changed = active != on || !text.equals(shown);
    on = active;
    shown = text;
    if (changed) {
      listeners.forEach(l -> l.accept(active, text));
    }
    ctx.probe().changed();
  }

  private String time(Instant t) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
        .withLocale(ctx.texts().locale())
        .withZone(ctx.zone())
        .format(t);
  }
}
