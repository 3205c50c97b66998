package dev.vorzimmer.ui.calls;

import dev.vorzimmer.screening.store.CallResult;
import dev.vorzimmer.ui.common.Avatar;
import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.SecurityBadge;
import dev.vorzimmer.ui.common.Texts;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;

/**
 * Paints the call list: a date header, or a call in two lines — photo or initials; who and (a mark
 * if blocked) the time; where from, why, and what happened (missed in red, "message 0:42" with a
 * play button); on the row under the mouse and the selected one also Call back and Block buttons.
 */
final class CallCell implements ListCellRenderer<CallItem> {
  static final int AVATAR = 34;
  static final int PLAY_WIDTH = 36;
  static final int SLOT = 28;

  /** The list's client property holding the index of the row under the mouse (or -1). */
  static final String HOVER = "calls.hover";

  private final Texts texts;
  private final java.time.ZoneId zone;
  private final JLabel header = new JLabel();
  private final JPanel call = new JPanel(new BorderLayout(10, 0));
  private final JPanel lines = new JPanel(new GridLayout(2, 1, 0, 2));
  private final JPanel right = new JPanel(new GridLayout(2, 1, 0, 2));
  private final JLabel who = new JLabel();
  private final JLabel why = new JLabel();
  private final JLabel time = new JLabel();
  private final JLabel result = new JLabel();
  private final JLabel play = new JLabel();
  private final JLabel callBack = new JLabel();
  private final JLabel block = new JLabel();
  private final Icon playIcon = Icons.get("play", 18);
  private final Icon callBackIcon = Icons.get("answer", 16);
  private final Icon blockIcon = Icons.get("verdict-reject", 16);
  private Component avatar;

  CallCell(Texts texts, java.time.ZoneId zone) {
    this.texts = texts;
    this.zone = zone;
    header.setBorder(BorderFactory.createEmptyBorder(10, 10, 4, 10));
    header.setFont(header.getFont().deriveFont(Font.BOLD));
    call.setBorder(BorderFactory.createEmptyBorder(5, 10, 5, 6));
    lines.setOpaque(false);
    right.setOpaque(false);
    lines.add(who);
    lines.add(why);
    time.setHorizontalAlignment(JLabel.RIGHT);
    result.setHorizontalAlignment(JLabel.RIGHT);
    right.add(time);
    right.add(result);
    play.setPreferredSize(new java.awt.Dimension(PLAY_WIDTH, AVATAR));
    play.setHorizontalAlignment(JLabel.CENTER);
    JPanel strip = new JPanel(new BorderLayout(0, 0));
    strip.setOpaque(false);
    for (JLabel slot : new JLabel[] {callBack, block}) {
      slot.setPreferredSize(new java.awt.Dimension(SLOT, AVATAR));
      slot.setHorizontalAlignment(JLabel.CENTER);
    }
    strip.add(callBack, BorderLayout.WEST);
    strip.add(block, BorderLayout.CENTER);
    strip.add(play, BorderLayout.EAST);
    JPanel east = new JPanel(new BorderLayout(6, 0));
    east.setOpaque(false);
    east.add(right, BorderLayout.CENTER);
    east.add(strip, BorderLayout.EAST);
    call.add(lines, BorderLayout.CENTER);
    call.add(east, BorderLayout.EAST);
  }

  @Override
  public Component getListCellRendererComponent(
      JList<? extends CallItem> list, CallItem item, int index, boolean selected, boolean focus) {
    if (item instanceof CallItem.Header h) {
      header.setText(h.text());
      header.setForeground(UIManager.getColor("Label.disabledForeground"));
      return header;
    }
    CallRow r = ((CallItem.Call) item).row();
    Color fg = selected ? list.getSelectionForeground() : list.getForeground();
    Color dim = selected ? fg : UIManager.getColor("Label.disabledForeground");
    Color red = Optional.ofNullable(UIManager.getColor("Actions.Red")).orElse(Color.RED);
    call.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
    setAvatar(r);
    who.setText(r.caller() + (r.blocked() ? "  · " + texts.get("calls.blockedMark") : ""));
    who.setFont(list.getFont().deriveFont(Font.BOLD));
    who.setForeground(r.missed() && !selected ? red : fg);
    why.setText(line2(r));
    why.setForeground(dim);
    time.setText(CallRow.clock(r.time(), zone, texts.locale()));
    time.setForeground(dim);
    result.setText(r.outcomeText());
    result.setForeground(r.missed() && !selected ? red : fg);
    result.setIcon(r.blocked() ? Icons.verdict("REJECT") : SecurityBadge.icon(r.security()));
    play.setIcon(r.result() == CallResult.MESSAGE ? playIcon : null);
    play.setToolTipText(r.result() == CallResult.MESSAGE ? texts.get("messages.play") : null);
    boolean active = selected || Integer.valueOf(index).equals(list.getClientProperty(HOVER));
    boolean number = active && r.number().isPresent();
    callBack.setIcon(number ? callBackIcon : null);
    callBack.setToolTipText(number ? texts.get("action.callBack") : null);
    block.setIcon(number && !r.blocked() ? blockIcon : null);
    block.setToolTipText(number && !r.blocked() ? texts.get("action.block") : null);
    call.setToolTipText(
        r.info() + " — " + r.mainReason() + " — " + texts.get(SecurityBadge.key(r.security())));
    return call;
  }

  private void setAvatar(CallRow r) {
    if (avatar != null) {
      call.remove(avatar);
    }
    avatar = Avatar.decoded(r.caller(), r.photo(), AVATAR);
    call.add(avatar, BorderLayout.WEST);
  }

  /** "Berlin, Germany · contact Erika Mustermann". */
  private static String line2(CallRow r) {
    return r.info().isBlank() ? r.mainReason() : r.info() + "  ·  " + r.mainReason();
  }

  /**
   * The row action a click at {@code e} hit in the row in {@code bounds}: {@code "play"}, {@code
   * "block"} or {@code "callBack"} (the buttons shown on hover and selection), else empty.
   */
  static Optional<String> actionAt(MouseEvent e, Rectangle bounds) {
    int fromRight = bounds.x + bounds.width - 6 - e.getX();
    if (fromRight < 0 || fromRight >= PLAY_WIDTH + 2 * SLOT) {
      return fromRight < 0 ? Optional.of("play") : Optional.empty();
    }
    return Optional.of(
        fromRight < PLAY_WIDTH ? "play" : fromRight < PLAY_WIDTH + SLOT ? "block" : "callBack");
  }
}
