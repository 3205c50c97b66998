package dev.vorzimmer.ui.incall;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.SipAgent;
import dev.vorzimmer.ui.common.Avatar;
import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.SecurityBadge;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Window;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;

/**
 * Shows a dialog while an incoming call rings: who it is, why it rings, and Answer (Enter), Decline
 * (Esc) and To voicemail (V). It closes when the call leaves RINGING.
 */
public final class IncomingCallView {
  private final UiContext ctx;
  private final Window owner;
  private final Set<String> ringing = new HashSet<>();
  private JDialog dialog;
  private String shownCallId;
  private JButton answerButton;

  public IncomingCallView(UiContext ctx, Window owner) {
    this.ctx = ctx;
    this.owner = owner;
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
              () -> IncomingCaller.of(event, ctx.phone(), ctx.texts().locale()),
              this::show,
              e -> ctx.showError(owner, e));
    } else {
      ringing.remove(event.callId());
      if (event.callId().equals(shownCallId)) {
        close();
      }
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
    dialog.setContentPane(content(caller));
    dialog.getRootPane().setDefaultButton(answerButton);
    dialog.pack();
    dialog.setLocationRelativeTo(owner);
    dialog.setAlwaysOnTop(true);
    dialog.setVisible(true);
    ctx.probe().changed();
  }

  private void close() {
    if (dialog != null) {
      dialog.dispose();
      dialog = null;
      shownCallId = null;
      ctx.probe().changed();
    }
  }

  private JPanel content(IncomingCaller caller) {
    JPanel root = new JPanel(new BorderLayout(18, 12));
    root.setBorder(BorderFactory.createEmptyBorder(20, 24, 16, 24));
    root.add(new Avatar(caller.title(), caller.photo(), 72), BorderLayout.WEST);
    JPanel text = new JPanel();
    text.setLayout(new BoxLayout(text, BoxLayout.Y_AXIS));
    JLabel name = new JLabel(caller.title());
    name.setName("incoming.name");
    name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() * 1.6f));
    text.add(name);
    if (!caller.number().equals(caller.title())) {
      text.add(new JLabel(caller.number()));
    }
    JLabel info = new JLabel(caller.info());
    info.putClientProperty("FlatLaf.styleClass", "small");
    text.add(info);
    JLabel security = SecurityBadge.label("incoming.security");
    SecurityBadge.show(security, caller.security(), ctx.texts(), true);
    text.add(security);
    text.add(Box.createVerticalStrut(8));
    JLabel reasons =
        new JLabel(ctx.texts().get("incoming.reasons", String.join(" · ", caller.reasons())));
    reasons.setName("incoming.reasons");
    text.add(reasons);
    root.add(text, BorderLayout.CENTER);
    root.add(buttons(caller.callId()), BorderLayout.SOUTH);
    return root;
  }

  private JPanel buttons(String callId) {
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
    SipAgent agent = ctx.phone().agent();
    JButton voicemail = action(bar, "voicemail", "V", callId, id -> agent.sendToVoicemail(id));
    JButton decline = action(bar, "decline", "ESCAPE", callId, id -> agent.decline(id));
    JButton answer = action(bar, "answer", "ENTER", callId, id -> agent.answer(id));
    voicemail.setIcon(Icons.get("voicemail", 16));
    decline.setIcon(Icons.get("decline", 16));
    answer.setIcon(Icons.get("answer", 16));
    answerButton = answer;
    bar.add(voicemail);
    bar.add(decline);
    bar.add(answer);
    return bar;
  }

  private JButton action(
      JPanel bar, String key, String stroke, String callId, Function<String, Boolean> command) {
    JButton b = new JButton(ctx.texts().get("incoming." + key));
    b.setName("incoming." + key);
    b.addActionListener(
        e -> {
          for (var c : bar.getComponents()) {
            c.setEnabled(false);
          }
          ctx.work()
              .query(
                  key + " call " + callId,
                  () -> command.apply(callId),
                  done -> {},
                  ex -> ctx.showError(bar, ex));
        });
    String actionKey = "incoming." + key;
    bar.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(stroke), actionKey);
    bar.getActionMap()
        .put(
            actionKey,
            new javax.swing.AbstractAction() {
              @Override
              public void actionPerformed(java.awt.event.ActionEvent e) {
                if (b.isEnabled()) {
                  b.doClick();
                }
              }
            });
    return b;
  }
}
