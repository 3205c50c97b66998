package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.ui.calls.CallsTab;
import dev.vorzimmer.ui.common.DndChoice;
import dev.vorzimmer.ui.common.DndSwitch;
import dev.vorzimmer.ui.common.LineStates;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.UiEvents;
import dev.vorzimmer.ui.common.WindowPlacement;
import java.awt.Frame;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;

/**
 * The phone's life outside the window: the tray icon (every line's state, unheard count, do not
 * disturb, Show/Quit), close-to-tray, desktop notifications for missed calls and new messages, and
 * the ringtone while an incoming call rings. Fed with core events on the EDT like the window; EDT
 * only.
 */
public final class DesktopIntegration implements UiEvents, WindowExtras, AutoCloseable {
  static final String CLOSE_TO_TRAY = "closeToTray";
  public static final String RINGTONE = "ringtone";
  private final UiContext ctx;
  private final WindowPlacement settings;
  private final Ringtone ringtone;
  private final MissedCalls calls = new MissedCalls();
  private final DesktopTray.Factory trays;
  private Optional<DesktopTray> tray = Optional.empty();
  private Optional<JFrame> frame = Optional.empty();
  private final LineStates lines;
  private long unheard;
  private boolean closeToTray;
  private boolean ringtoneOn;

  /**
   * @param settings where the two switches are kept (window.properties); both default to on
   * @param current the state of the (default) line now; with several lines each line's is read
   * @param trays the tray to use ({@link TrayPresence#install} for the system's)
   */
  public DesktopIntegration(
      UiContext ctx,
      WindowPlacement settings,
      RegistrationEvent current,
      DesktopTray.Factory trays) {
    this.ctx = ctx;
    this.trays = trays;
    this.settings = settings;
    this.lines = LineStates.of(ctx.phone().lines());
    lines.update(current);
    this.closeToTray = settings.flag(CLOSE_TO_TRAY, true);
    this.ringtoneOn = settings.flag(RINGTONE, true);
    this.ringtone =
        Ringtone.on(
            ctx.phone().sound(), status -> SwingUtilities.invokeLater(ctx.probe()::changed));
  }

  /** Adds the tray icon if this desktop has a tray; {@code quit} is the window's Quit. */
  public void installTray(JFrame frame, Runnable quit) {
    this.frame = Optional.of(frame);
    tray = trays.install(ctx.texts(), () -> bringToFront(frame), quit);
    tray.ifPresent(t -> t.show(lines, unheard));
  }

  public boolean hasTray() {
    return tray.isPresent();
  }

  public Ringtone ringtone() {
    return ringtone;
  }

  /** Shows the frame (also when hidden to the tray or iconified) in front; EDT only. */
  public void bringToFront(JFrame frame) {
    if (!frame.isDisplayable()) {
      return;
    }
    frame.setVisible(true);
    frame.setExtendedState(frame.getExtendedState() & ~Frame.ICONIFIED);
    frame.toFront();
    frame.requestFocus();
  }

  @Override
  public void registration(RegistrationEvent event) {
    lines.update(event);
    tray.ifPresent(t -> t.show(lines, unheard));
  }

  @Override
  public void call(CallEvent event) {
    calls
        .onCall(event)
        .ifPresent(
            m ->
                ctx.work()
                    .query(
                        "looking up missed caller " + m.number(),
                        () -> who(m.number(), m.displayName()),
                        w -> announce(Notification.missedCall(w.name(), w.number(), ctx.texts())),
                        e ->
                            announce(
                                Notification.missedCall(
                                    m.displayName(), m.number(), ctx.texts()))));
    updateRingtone();
  }

  @Override
  public void messageSaved(SavedMessage message) {
    ctx.work()
        .query(
            "looking up caller of message " + message.id(),
            () ->
                who(
                    message.caller(),
                    ctx.store()
                        .messages()
                        .find(message.id())
                        .map(MessageEntry::callerDisplay)
                        .orElse("")),
            w ->
                announce(
                    Notification.newMessage(w.name(), w.number(), message.length(), ctx.texts())),
            e ->
                announce(
                    Notification.newMessage("", message.caller(), message.length(), ctx.texts())));
  }

  @Override
  public void messageNotRecorded(Reason why) {
    ctx.inform(ctx.texts().get("notice.notRecorded", ctx.texts().reasons().render(why)));
  }

  /** The contact's name (else the signalled display name) and the formatted number; off the EDT. */
  private Who who(String raw, String displayName) {
    CallerInfo info = ctx.phone().callers().describe(raw);
    Optional<String> contact =
        info.e164().flatMap(n -> ctx.store().contactBook().findByNumber(n)).map(Contact::name);
    ReasonTexts words = ctx.texts().reasons();
    String name = displayName == null ? "" : words.number(displayName);
    return new Who(contact.orElse(name), words.number(info.displayNumber()));
  }

  private record Who(String name, String number) {}

  /** In the status bar always; as a desktop notification too when there is a tray. */
  private void announce(Notification n) {
    ctx.inform(n.oneLine());
    tray.ifPresent(t -> t.notify(n));
  }

  private void updateRingtone() {
    if (ringtoneOn && calls.anyRinging()) {
      ringtone.start();
    } else {
      ringtone.stop();
    }
  }

  @Override
  public boolean hideOnClose() {
    return tray.isPresent() && closeToTray;
  }

  @Override
  public void unheard(long count) {
    unheard = count;
    tray.ifPresent(t -> t.show(lines, unheard));
  }

  @Override
  public void callBacks(List<CallsTab.CallBack> entries, Runnable show) {
    tray.ifPresent(
        t ->
            t.callBacks(
                entries,
                () -> {
                  frame.ifPresent(this::bringToFront);
                  show.run();
                }));
  }

  @Override
  public void doNotDisturb(DndSwitch dnd) {
    List<DndChoice> choices = dnd.durations();
    dnd.addListener((on, text) -> tray.ifPresent(t -> t.doNotDisturb(on, text, choices)));
  }

  @Override
  public List<JMenuItem> viewItems() {
    JCheckBoxMenuItem keep = toggle(CLOSE_TO_TRAY, closeToTray, on -> closeToTray = on);
    if (tray.isEmpty()) {
      keep.setEnabled(false);
      keep.setToolTipText(ctx.texts().get("menu.closeToTray.noTray"));
    }
    JCheckBoxMenuItem ring =
        toggle(
            RINGTONE,
            ringtoneOn,
            on -> {
              ringtoneOn = on;
              updateRingtone();
            });
    return List.of(keep, ring);
  }

  private JCheckBoxMenuItem toggle(String key, boolean on, Consumer<Boolean> apply) {
    JCheckBoxMenuItem item = new JCheckBoxMenuItem(ctx.texts().get("menu." + key), on);
    item.setName("menu." + key);
    item.addActionListener(
        e -> {
          boolean value = item.isSelected();
          apply.accept(value);
          ctx.work()
              .run(
                  "saving the setting " + key + "=" + value,
                  () -> settings.saveFlag(key, value),
                  () -> {},
                  failure -> ctx.showError(item, failure));
        });
    return item;
  }

  /** Stops the ringtone and removes the tray icon. */
  @Override
  public void close() {
    ringtone.close();
    tray.ifPresent(DesktopTray::close);
  }
}
