package dev.vorzimmer.ui;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.ui.common.EdtEvents;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.UiEvents;
import dev.vorzimmer.ui.common.UiExecutor;
import dev.vorzimmer.ui.common.UiProbe;
import dev.vorzimmer.ui.common.WindowPlacement;
import dev.vorzimmer.ui.desktop.DesktopIntegration;
import dev.vorzimmer.ui.desktop.DesktopTray;
import dev.vorzimmer.ui.desktop.TrayPresence;
import java.lang.reflect.InvocationTargetException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * The desktop window of a running {@link Phone}. All Swing work happens on the EDT; core events
 * reach it through one {@link EdtEvents} adapter, and its commands run on a background executor.
 */
public final class DesktopUi implements AutoCloseable {
  private final MainWindow window;
  private final DesktopIntegration desktop;
  private final UiExecutor work;
  private final UiProbe probe;

  private DesktopUi(MainWindow window, DesktopIntegration desktop, UiExecutor work, UiProbe probe) {
    this.window = window;
    this.desktop = desktop;
    this.work = work;
    this.probe = probe;
  }

  /**
   * Builds and shows the window (in the system's language) and subscribes it to the phone's events;
   * call before {@code phone.agent().start()} so no event is missed.
   *
   * @param messages the listener given to {@code Phone.assemble}; the window attaches to it
   * @param onQuit called (on the EDT) when the user quits; the caller then unregisters and exits
   */
  public static DesktopUi open(
      Phone phone, AppHome home, ForwardingMessageListener messages, Runnable onQuit) {
    Optional<String> chosen =
        new WindowPlacement(home.dataDir().resolve("window.properties")).language();
    return open(
        phone,
        home,
        messages,
        onQuit,
        chosen.map(Locale::forLanguageTag).orElseGet(Locale::getDefault),
        TrayPresence::install,
        true);
  }

  static DesktopUi open(
      Phone phone,
      AppHome home,
      ForwardingMessageListener messages,
      Runnable onQuit,
      Locale locale) {
    return open(phone, home, messages, onQuit, locale, TrayPresence::install);
  }

  static DesktopUi open(
      Phone phone,
      AppHome home,
      ForwardingMessageListener messages,
      Runnable onQuit,
      Locale locale,
      DesktopTray.Factory trays) {
    return open(phone, home, messages, onQuit, locale, trays, false);
  }

  /**
   * @param offerSetup whether the first-run assistant may open (the launcher's window; not the
   *     tests' windows, which set up their own line)
   */
  static DesktopUi open(
      Phone phone,
      AppHome home,
      ForwardingMessageListener messages,
      Runnable onQuit,
      Locale locale,
      DesktopTray.Factory trays,
      boolean offerSetup) {
    UiExecutor work = new UiExecutor();
    UiProbe probe = new UiProbe();
    WindowPlacement placement = new WindowPlacement(home.dataDir().resolve("window.properties"));
    AtomicReference<MainWindow> ref = new AtomicReference<>();
    AtomicReference<DesktopIntegration> desktop = new AtomicReference<>();
    Texts texts = new Texts(locale);
    onEdt(
        () -> {
          // Swing's own words (dialog buttons, file choosers) in the window's language too
          JComponent.setDefaultLocale(locale);
          Theme.apply(
              placement.theme().map("dark"::equals).orElseGet(DesktopUi::systemPrefersDark));
          UiContext ctx =
              new UiContext(
                  phone.view(),
                  texts,
                  work,
                  ZoneId.systemDefault(),
                  probe,
                  text -> ref.get().notice(text),
                  home,
                  (text, undo) -> ref.get().offerUndo(text, undo));
          desktop.set(new DesktopIntegration(ctx, placement, phone.agent().registration(), trays));
          MainWindow window =
              new MainWindow(
                  ctx,
                  placement,
                  () -> {
                    desktop.get().close();
                    work.close();
                    onQuit.run();
                  });
          ref.set(window);
          desktop.get().installTray(window.frame(), window::quit);
          window.extras(desktop.get());
          window.offerSetup(offerSetup);
          window.show(phone.agent().registration());
        });
    EdtEvents events = new EdtEvents(UiEvents.all(List.of(ref.get(), desktop.get())));
    phone.lines().addListener(events); // every line's calls; registration: see MainWindow
    messages.attach(events);
    phone.policy().addCallLogListener(events::callLogChanged);
    MainWindow window = ref.get();
    phone
        .sound()
        .whenReady(
            devices ->
                devices
                    .problem()
                    .ifPresent(
                        p ->
                            SwingUtilities.invokeLater(
                                () -> window.notice(texts.get("notice.noSoundDevice")))));
    return new DesktopUi(ref.get(), desktop.get(), work, probe);
  }

  static boolean systemPrefersDark() {
    return Theme.prefersDark(System.getenv(), System.getProperty("vorzimmer.theme"));
  }

  /**
   * A request handed over by a later start: the window comes to the front and, given a target, the
   * dial bar takes it and calls. Any thread.
   */
  public void request(Optional<String> dial) {
    request(dial, Optional.empty());
  }

  /** As {@link #request(Optional)}, from the line named {@code line} (else the one chosen). */
  public void request(Optional<String> dial, Optional<String> line) {
    SwingUtilities.invokeLater(
        () -> {
          desktop.bringToFront(window.frame());
          dial.ifPresent(target -> window.dial(target, line));
        });
  }

  MainWindow window() {
    return window;
  }

  DesktopIntegration desktop() {
    return desktop;
  }

  UiProbe probe() {
    return probe;
  }

  /** Closes the window as Quit would (the onQuit callback runs). */
  @Override
  public void close() {
    onEdt(
        () -> {
          if (window.frame().isDisplayable()) {
            window.quit();
          }
        });
    work.close();
  }

  private static void onEdt(Runnable r) {
    if (SwingUtilities.isEventDispatchThread()) {
      r.run();
      return;
    }
    try {
      SwingUtilities.invokeAndWait(r);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "could not build the window: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the window", e);
    }
  }
}
