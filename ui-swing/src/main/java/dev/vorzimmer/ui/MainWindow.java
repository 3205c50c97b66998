package dev.vorzimmer.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import dev.vorzimmer.app.voicemail.RobotMessageRanges;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.ui.calls.CallsTab;
import dev.vorzimmer.ui.common.DndSwitch;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.UiEvents;
import dev.vorzimmer.ui.common.WindowPlacement;
import dev.vorzimmer.ui.contacts.ContactsTab;
import dev.vorzimmer.ui.desktop.WindowExtras;
import dev.vorzimmer.ui.incall.DialField;
import dev.vorzimmer.ui.incall.InCallView;
import dev.vorzimmer.ui.incall.IncomingCallView;
import dev.vorzimmer.ui.messages.MessagesTab;
import dev.vorzimmer.ui.rules.RulesTab;
import dev.vorzimmer.ui.settings.SettingsTab;
import dev.vorzimmer.ui.settings.SetupAssistant;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/** The main window: tabs for calls, messages, rules and contacts, and the line's status bar. */
final class MainWindow implements UiEvents {
  static final int MESSAGES_TAB = 1;
  private final UiContext ctx;
  private final WindowPlacement placement;
  private final Runnable onQuit;
  private final JFrame frame = new JFrame("Vorzimmer");
  private final StatusBar status;
  private final DndSwitch dnd;
  private long unheard;
  private int callBacks;
  private final JTabbedPane tabs = new JTabbedPane();
  private final CallsTab calls;
  private final MessagesTab messages;
  private final ContactsTab contacts;
  private final SettingsTab settings;
  private final IncomingCallView incoming;
  private final DialField dial;
  private final InCallView inCall;
  private Optional<String> themeChoice;
  private WindowExtras extras = new WindowExtras() {};
  private boolean offerSetup;

  MainWindow(UiContext ctx, WindowPlacement placement, Runnable onQuit) {
    this.ctx = ctx;
    this.placement = placement;
    this.onQuit = onQuit;
    this.themeChoice = placement.theme();
    this.dnd = new DndSwitch(ctx);
    this.calls = new CallsTab(ctx);
    this.messages = new MessagesTab(ctx, this::showUnheard);
    this.contacts = new ContactsTab(ctx);
    this.settings = new SettingsTab(ctx);
    this.incoming = new IncomingCallView(ctx, frame);
    incoming.onBlock(calls::block);
    this.dial = new DialField(ctx);
    this.inCall = new InCallView(ctx, frame, java.time.Clock.systemUTC());
    this.status = new StatusBar(ctx.texts(), ctx.phone().lines());
  }

  /** Builds and shows the frame, then loads the tabs in the background; EDT only. */
  void show(RegistrationEvent current) {
    frame.setName("main");
    frame.setIconImage(
        new FlatSVGIcon("dev/vorzimmer/ui/icons/app.svg", 64, 64, getClass().getClassLoader())
            .getImage());
    frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    frame.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosing(WindowEvent e) {
            if (extras.hideOnClose()) {
              frame.setVisible(false);
            } else {
              quit();
            }
          }
        });
    frame.setJMenuBar(
        new WindowMenus(ctx, placement, extras)
            .bar(
                settings.menuItem(this::openSettings),
                this::reRegister,
                this::quit,
                themeChoice,
                chosen -> themeChoice = chosen));
    tabs.setName("tabs");
    tabs.addTab(ctx.texts().get("tab.calls"), calls.component());
    tabs.addTab(ctx.texts().get("tab.messages"), messages.component());
    tabs.addTab(ctx.texts().get("tab.rules"), new RulesTab(ctx).component());
    tabs.addTab(ctx.texts().get("tab.contacts"), contacts.component());
    tabs.addTab(ctx.texts().get("tab.settings"), settings.component());
    frame.getContentPane().add(tabs, BorderLayout.CENTER);
    frame
        .getContentPane()
        .add(
            status.build(
                settings.besideStatus(this::openSettings), this::reRegister, dnd.component()),
            BorderLayout.SOUTH);
    frame.getContentPane().add(dial.component(), BorderLayout.NORTH);
    frame.setMinimumSize(minimumSize());
    placement
        .bounds()
        .ifPresentOrElse(
            frame::setBounds,
            () -> {
              frame.setSize(960, 600);
              frame.setLocationByPlatform(true);
            });
    registration(current);
    wireCallList();
    frame.setVisible(true);
    dial.refresh();
    calls.refresh();
    messages.refresh();
    contacts.refresh();
    settings.refresh();
  }

  /**
   * Hooks in the tray, close-to-tray and the View menu's extra switches; call before {@link #show}.
   */
  void extras(WindowExtras value) {
    this.extras = value;
  }

  /** Lets {@link #show} open the first-run assistant while it is due; call before show. */
  void offerSetup(boolean value) {
    this.offerSetup = value;
  }

  JFrame frame() {
    return frame;
  }

  UiContext context() {
    return ctx;
  }

  /**
   * Puts {@code target} into the dial bar and calls it (a handed-over link), from {@code line} when
   * named; EDT only.
   */
  void dial(String target, Optional<String> line) {
    dial.dial(target, line);
  }

  IncomingCallView incoming() {
    return incoming;
  }

  InCallView inCall() {
    return inCall;
  }

  MessagesTab messages() {
    return messages;
  }

  @Override
  public void registration(RegistrationEvent e) {
    status.line(e);
    settings.registration(e);
    if (offerSetup && e.state() == RegistrationState.LOCAL_LINE) {
      offerSetup = false; // once per start, and only while there is no account
      if (SetupAssistant.due(placement)) {
        SwingUtilities.invokeLater(this::openSetup);
      }
    }
    ctx.probe().changed();
  }

  @Override
  public void call(CallEvent e) {
    incoming.onCall(e);
    inCall.onCall(e);
    if (e.state() == CallState.ENDED) {
      calls.refresh();
      messages.refresh();
    } else if (e.incoming()
        && (e.state() == CallState.RINGING || e.state() == CallState.VOICEMAIL)) {
      calls.refresh();
    }
    ctx.probe().changed();
  }

  @Override
  public void messagesChanged() {
    messages.refresh();
  }

  @Override
  public void robotRange(RobotMessageRanges.Proposal proposal) {
    messages.proposeRange(proposal);
  }

  @Override
  public void callLogChanged() {
    calls.refresh();
  }

  void notice(String text) {
    status.notice(text);
    ctx.probe().changed();
  }

  void offerUndo(String text, Runnable undo) {
    status.offer(text, undo);
    ctx.probe().changed();
  }

  /** Row play buttons play in the Messages tab; the call-back list goes to title and tray. */
  private void wireCallList() {
    calls.onPlay(
        id -> {
          tabs.setSelectedIndex(MESSAGES_TAB);
          messages.play(id);
        });
    calls.onCallBacks(
        list -> {
          callBacks = list.size();
          frame.setTitle(WindowTitle.of(unheard, callBacks, ctx.texts()));
          extras.callBacks(list, this::showCallBacks);
        });
    extras.doNotDisturb(dnd);
    dnd.start();
  }

  /** Brings up the Calls tab on its call-back list; EDT only. */
  void showCallBacks() {
    tabs.setSelectedIndex(0);
    calls.showCallBacks();
  }

  DndSwitch dnd() {
    return dnd;
  }

  /**
   * Small enough for a 1024×600 netbook screen, large enough that the button rows and the status
   * bar still fit; never larger than the screen.
   */
  private Dimension minimumSize() {
    java.awt.Rectangle screen = frame.getGraphicsConfiguration().getBounds();
    return new Dimension(Math.min(860, screen.width), Math.min(540, screen.height));
  }

  private void showUnheard(long count) {
    unheard = count;
    frame.setTitle(WindowTitle.of(unheard, callBacks, ctx.texts()));
    tabs.setTitleAt(
        MESSAGES_TAB,
        count == 0
            ? ctx.texts().get("tab.messages")
            : ctx.texts().get("tab.messagesUnheard", count));
    extras.unheard(count);
  }

  private void reRegister() {
    ctx.work()
        .run(
            "re-registering",
            () -> ctx.phone().lines().reRegister(),
            () -> {},
            e -> ctx.showError(frame, e));
  }

  /** Opens the first-run assistant; EDT only. */
  void openSetup() {
    SetupAssistant.open(ctx, frame, placement, new SetupLinks(tabs, settings, contacts));
  }

  /** Shows the Settings tab; EDT only. */
  void openSettings() {
    tabs.setSelectedComponent(settings.component());
    settings.showAccount();
  }

  /** Remembers the window, closes it and tells the runner to stop; EDT only. */
  void quit() {
    placement.save(frame.getBounds(), themeChoice);
    messages.close();
    settings.close();
    dnd.stop();
    frame.dispose();
    onQuit.run();
  }
}
