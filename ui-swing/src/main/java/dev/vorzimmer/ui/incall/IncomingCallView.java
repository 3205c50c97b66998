package dev.vorzimmer.ui.incall;

import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.ui.common.Avatar;
import dev.vorzimmer.ui.common.SecurityBadge;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Window;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a dialog while an incoming call rings: who it is (a star makes a contact a favourite), why
 * it rings, how long until the answering machine takes it, and Answer (Enter), Decline (Esc), To
 * voicemail (V) and Block (B) with their keys shown. It closes when the call leaves RINGING.
 */
public final class IncomingCallView {
  private static final Logger log = LoggerFactory.getLogger(IncomingCallView.class);
  private final UiContext ctx;
  private final Window owner;
  private final Set<String> ringing = new HashSet<>();
  private JDialog dialog;
  private String shownCallId;
  private final JLabel left = new JLabel(" ");
  private final Timer countdown = new Timer(1000, null);
  private Consumer<String> block = n -> {};

  public IncomingCallView(UiContext ctx, Window owner) {
    this.ctx = ctx;
    this.owner = owner;
  }

  /** How Block blocks a number: the call list's way, with Undo and the row's mark; EDT only. */
  public void onBlock(Consumer<String> value) {
    this.block = value;
  }

  /** Reacts to a call event; EDT only. */
  public void onCall(CallEvent event) {
    if (!event.incoming()) {
      return;
    }
    if (event.state() == CallState.RINGING) {
      ringing.add(event.callId());
      ctx.work()
          .query(
              "looking up caller of " + event.callId(),
              () ->
                  IncomingCaller.of(
                      event,
                      ctx.phone().callers(),
                      ctx.store().contactBook()::findByNumber,
                      ctx.texts().reasons(),
                      ringSeconds()),
              this::show,
              e -> ctx.showError(owner, e));
    } else {
      ringing.remove(event.callId());
      if (event.callId().equals(shownCallId)) {
        close();
      }
    }
  }

  /** The configured ring time, or 0 when config.toml cannot be read; off the EDT. */
  private int ringSeconds() {
    try {
      return new ConfigLoader().load(ctx.home().configFile()).calls().ringSeconds();
    } catch (ConfigException e) {
      log.info("no voicemail countdown: {}", e.getMessage());
      return 0;
    }
  }

  public Optional<JDialog> dialog() {
    return Optional.ofNullable(dialog);
  }

  private void show(IncomingCaller caller) {
    if (!ringing.contains(caller.callId())) {
      return;
    }
    close();
    shownCallId = caller.callId();
    dialog = new JDialog(owner, ctx.texts().get("incoming.title"));
    dialog.setName("incoming");
    IncomingActions actions = new IncomingActions(ctx, caller.callId(), caller.e164(), block);
    dialog.setContentPane(content(caller, actions));
    dialog.getRootPane().setDefaultButton(actions.answer());
    dialog.pack();
    dialog.setLocationRelativeTo(owner);
    dialog.setAlwaysOnTop(true);
    dialog.setVisible(true);
    actions.answer().requestFocusInWindow();
    ctx.probe().changed();
  }

  private void close() {
    countdown.stop();
    if (dialog != null) {
      dialog.dispose();
      dialog = null;
      shownCallId = null;
      ctx.probe().changed();
    }
  }

  private JPanel content(IncomingCaller caller, IncomingActions actions) {
    JPanel root = new JPanel(new BorderLayout(18, 12));
    root.setBorder(BorderFactory.createEmptyBorder(20, 24, 16, 24));
    root.add(new Avatar(caller.title(), caller.photo(), 72), BorderLayout.WEST);
    JPanel text = new JPanel();
    text.setLayout(new BoxLayout(text, BoxLayout.Y_AXIS));
    text.add(nameRow(caller));
    if (!caller.number().equals(caller.title())) {
      text.add(new JLabel(caller.number()));
    }
    JLabel info = new JLabel(caller.info());
    info.putClientProperty("FlatLaf.styleClass", "small");
    text.add(info);
    if (ctx.phone().lines().several()) { // which of the user's lines was called
      JLabel line =
          new JLabel(
              ctx.texts().get("incoming.line", ctx.phone().lines().lineOf(caller.callId()).name()));
      line.setName("incoming.line");
      text.add(line);
    }
    JLabel security = SecurityBadge.label("incoming.security");
    SecurityBadge.show(security, caller.security(), ctx.texts(), true);
    text.add(security);
    text.add(Box.createVerticalStrut(8));
    JLabel reasons =
        new JLabel(ctx.texts().get("incoming.reasons", String.join(" · ", caller.reasons())));
    reasons.setName("incoming.reasons");
    text.add(reasons);
    text.add(Box.createVerticalStrut(8));
    startCountdown(caller.ringSeconds());
    text.add(left);
    root.add(text, BorderLayout.CENTER);
    JPanel south = new JPanel(new BorderLayout(0, 6));
    south.add(actions.component(), BorderLayout.CENTER);
    JLabel keys = new JLabel(ctx.texts().get("incoming.keys"));
    keys.setName("incoming.keys");
    keys.putClientProperty("FlatLaf.styleClass", "small");
    south.add(keys, BorderLayout.SOUTH);
    root.add(south, BorderLayout.SOUTH);
    return root;
  }

  /** The name, and for a contact a star that makes them a favourite (or not). */
  private JPanel nameRow(IncomingCaller caller) {
    JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
    row.setAlignmentX(Component.LEFT_ALIGNMENT);
    JLabel name = new JLabel(caller.title());
    name.setName("incoming.name");
    name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() * 1.6f));
    row.add(name);
    caller.contact().ifPresent(c -> row.add(FavouriteStar.of(ctx, c)));
    return row;
  }

  /** "To voicemail in 25 s", counting down each second (a Swing timer: nothing blocks). */
  private void startCountdown(int seconds) {
    countdown.stop();
    left.setName("incoming.countdown");
    left.setAlignmentX(Component.LEFT_ALIGNMENT);
    if (seconds <= 0) {
      left.setText(" ");
      return;
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    Runnable tick =
        () -> {
          long s = Math.max(0, (end - System.nanoTime() + 999_999_999L) / 1_000_000_000L);
          left.setText(ctx.texts().get("incoming.countdown", s));
        };
    tick.run();
    for (var l : countdown.getActionListeners()) {
      countdown.removeActionListener(l);
    }
    countdown.addActionListener(e -> tick.run());
    countdown.start();
  }
}
