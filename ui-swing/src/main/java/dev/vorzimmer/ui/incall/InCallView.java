package dev.vorzimmer.ui.incall;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.SecurityBadge;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * A small window for the call the user is on (placed, or answered): who, the state, a timer from
 * connect, Mute, Hold, a keypad sending RFC 4733 tones (keyboard digits too) and Hang up. One call
 * at a time; it closes when the call ends (closing it hangs up). The state logic is {@link
 * InCallModel}.
 */
public final class InCallView {
  private final UiContext ctx;
  private final Window owner;
  private final Clock clock;
  private InCallModel model;
  private JDialog dialog;
  private Timer ticker;
  private final JLabel name = label("incall.name");
  private final JLabel detail = label("incall.number");
  private final JLabel state = label("incall.state");
  private final JLabel timer = label("incall.timer");
  private final JLabel digits = label("incall.digits");
  private final JLabel note = label("incall.note");
  private final JLabel security = SecurityBadge.label("incall.security");
  private final JToggleButton mute = new JToggleButton();
  private final JToggleButton hold = new JToggleButton();
  private final JButton hangUp = new JButton();
  private final InCallKeypad keypad = new InCallKeypad(this::digit);
  private final DeviceWarning devices;

  public InCallView(UiContext ctx, Window owner, Clock clock) {
    this.ctx = ctx;
    this.owner = owner;
    this.clock = clock;
    mute.setName("incall.mute");
    hold.setName("incall.hold");
    hangUp.setName("incall.hangUp");
    mute.addActionListener(e -> toggleMute(mute.isSelected()));
    hold.addActionListener(e -> toggleHold(hold.isSelected()));
    hangUp.addActionListener(e -> hangUp());
    devices =
        new DeviceWarning(
            ctx.texts(),
            ctx.phone().liveCalls(),
            () -> model == null ? "" : model.callId(),
            () -> dialog().ifPresent(this::fit));
  }

  /** Makes the dialog wide enough for what it shows now. */
  private void fit(JDialog d) {
    if (d.getPreferredSize().width > d.getWidth()) {
      d.pack(); // a long name or warning must not be cut off
    }
    ctx.probe().changed();
  }

  /** Reacts to a call event; EDT only. Events of other calls are ignored while one is shown. */
  public void onCall(CallEvent event) {
    if (model != null && !model.callId().equals(event.callId())) {
      return;
    }
    if (model == null) {
      if (!InCallModel.opensView(event)) {
        return;
      }
      model = new InCallModel(event.callId(), event.incoming());
      open(event);
    }
    model.apply(event.state(), clock.instant());
    SecurityBadge.show(security, event.security(), ctx.texts(), true);
    if (model.isOver()) {
      close();
    } else {
      refresh();
    }
  }

  public Optional<JDialog> dialog() {
    return Optional.ofNullable(dialog);
  }

  private void open(CallEvent event) {
    name.setText(event.peer());
    detail.setText(" ");
    digits.setText(" ");
    note.setText(" ");
    devices.clear();
    mute.setSelected(false);
    hold.setSelected(false);
    dialog = new JDialog(owner, ctx.texts().get("incall.title"));
    dialog.setName("incall");
    dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    dialog.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosing(WindowEvent e) {
            hangUp();
          }
        });
    JPanel root = content();
    keypad.bindKeys(root);
    dialog.setContentPane(root);
    dialog.pack();
    dialog.setLocationRelativeTo(owner);
    dialog.setVisible(true);
    ticker = new Timer(500, e -> tick());
    ticker.start();
    String callId = event.callId();
    ctx.work()
        .query(
            "looking up the other party of " + callId,
            () ->
                CallPeer.of(
                    event.peer(),
                    event.displayName(),
                    ctx.phone().callers().normaliser(),
                    ctx.store().contactBook()::findByNumber),
            peer -> showPeer(callId, peer),
            e -> ctx.showError(owner, e));
  }

  private void showPeer(String callId, CallPeer peer) {
    if (model != null && model.callId().equals(callId)) {
      name.setText(peer.title());
      detail.setText(peer.detail().isEmpty() ? " " : peer.detail());
      dialog().ifPresent(this::fit);
    }
  }

  private JPanel content() {
    JPanel head = new JPanel();
    head.setLayout(new BoxLayout(head, BoxLayout.Y_AXIS));
    name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() * 1.5f));
    JPanel line = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
    line.add(state);
    line.add(new JLabel("  "));
    line.add(timer);
    line.setAlignmentX(0f);
    head.add(name);
    head.add(detail);
    head.add(line);
    security.setAlignmentX(0f);
    head.add(security);
    head.add(digits);
    note.putClientProperty("FlatLaf.styleClass", "small");
    head.add(note);
    head.add(devices.label());
    mute.setText(ctx.texts().get("incall.mute"));
    hold.setText(ctx.texts().get("incall.hold"));
    hangUp.setText(ctx.texts().get("incall.hangUp"));
    hangUp.setIcon(Icons.get("decline", 16));
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
    bar.add(mute);
    bar.add(hold);
    bar.add(hangUp);
    JPanel root = new JPanel(new BorderLayout(0, 14));
    root.setBorder(BorderFactory.createEmptyBorder(18, 22, 14, 22));
    root.add(head, BorderLayout.NORTH);
    root.add(keypad.component(), BorderLayout.CENTER);
    root.add(bar, BorderLayout.SOUTH);
    return root;
  }

  private void tick() {
    if (model != null) {
      timer.setText(model.timerText(clock.instant()));
      ctx.probe().changed();
    }
  }

  private void refresh() {
    state.setText(ctx.texts().get(model.stateKey()));
    timer.setText(model.timerText(clock.instant()));
    mute.setEnabled(model.canMute());
    mute.setSelected(model.isMuted());
    hold.setEnabled(model.canHold());
    hold.setSelected(model.isHeld());
    hangUp.setEnabled(model.canHangUp());
    keypad.setEnabled(model.canSendDigits());
    ctx.probe().changed();
  }

  private void close() {
    if (ticker != null) {
      ticker.stop();
      ticker = null;
    }
    if (dialog != null) {
      dialog.dispose();
      dialog = null;
    }
    model = null;
    ctx.probe().changed();
  }

  private void hangUp() {
    if (model == null || !model.canHangUp()) {
      return;
    }
    String callId = model.callId();
    model.hangingUp();
    refresh();
    command(
        "hanging up " + callId,
        () -> ctx.phone().lines().lineOf(callId).hangUp(callId),
        callId,
        ok -> {},
        "incall.notNow");
  }

  private void toggleHold(boolean on) {
    InCallModel m = model;
    if (m == null) {
      return;
    }
    command(
        (on ? "holding " : "resuming ") + m.callId(),
        () -> ctx.phone().lines().lineOf(m.callId()).hold(m.callId(), on),
        m.callId(),
        ok -> m.held(on),
        "incall.notNow");
  }

  private void toggleMute(boolean on) {
    InCallModel m = model;
    if (m == null) {
      return;
    }
    command(
        (on ? "muting " : "unmuting ") + m.callId(),
        () -> ctx.phone().liveCalls().setMuted(m.callId(), on),
        m.callId(),
        ok -> m.muted(on),
        "incall.noAudio");
  }

  private void digit(char c) {
    InCallModel m = model;
    if (m == null || !m.canSendDigits()) {
      return;
    }
    command(
        "sending DTMF " + c + " on " + m.callId(),
        () -> ctx.phone().liveCalls().sendDtmf(m.callId(), c),
        m.callId(),
        ok -> digits.setText((digits.getText().isBlank() ? "" : digits.getText()) + c),
        "incall.noDtmf");
  }

  /**
   * Runs a call command in the background; on the EDT, if the call is still shown, applies {@code
   * onDone} when it was accepted or shows {@code refusedKey}, then redraws.
   */
  private void command(
      String what,
      Supplier<Boolean> work,
      String callId,
      Consumer<Boolean> onDone,
      String refusedKey) {
    ctx.work()
        .query(
            what,
            work,
            accepted -> {
              if (model == null || !model.callId().equals(callId)) {
                return;
              }
              if (accepted) {
                onDone.accept(true);
                note.setText(" ");
              } else {
                note.setText(ctx.texts().get(refusedKey));
              }
              refresh();
            },
            e -> {
              ctx.showError(owner, e);
              if (model != null && model.callId().equals(callId)) {
                refresh();
              }
            });
  }

  private static JLabel label(String name) {
    JLabel l = new JLabel(" ");
    l.setName(name);
    return l;
  }
}
