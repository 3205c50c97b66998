package dev.vorzimmer.ui.rules;

import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.ui.common.FormException;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.Map;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;

/**
 * "After a call" and robots, as plain sentences: return calls of numbers you called ring, ping
 * calls are marked, impossible caller IDs are forged, robot messages are filed apart, who is asked
 * to press a digit and how robot ranges are turned away. Save writes the changed {@code
 * [screening]} keys and applies them to the next call (off the EDT).
 */
final class FollowUpPanel {
  private final UiContext ctx;
  private final JPanel panel = new JPanel();
  private final JCheckBox callback;
  private final JSpinner callbackHours =
      new JSpinner(new SpinnerNumberModel(48, 1, ScreeningConfig.MAX_CALLBACK_ALLOW_HOURS, 1));
  private final JCheckBox pingCalls;
  private final JCheckBox forgedIds;
  private final Map<String, JCheckBox> challenge = new java.util.LinkedHashMap<>();
  private final JCheckBox hangUpOnFail;
  private final JCheckBox robotsUnavailable;
  private final javax.swing.JComboBox<String> rejectWith = new javax.swing.JComboBox<>();
  private final java.util.List<String> rejectWithValues =
      new java.util.ArrayList<>(RobotsForm.REJECT_WITH);
  private final JLabel result = new JLabel(" ");

  FollowUpPanel(UiContext ctx) {
    this.ctx = ctx;
    Texts t = ctx.texts();
    callback = new JCheckBox(t.get("rules.callback"));
    pingCalls = new JCheckBox(t.get("rules.pingCalls"));
    forgedIds = new JCheckBox(t.get("rules.forgedIds"));
    hangUpOnFail = new JCheckBox(t.get("rules.challengeHangUp"));
    robotsUnavailable = new JCheckBox(t.get("rules.robotsUnavailable"));
    hangUpOnFail.setName("rules.challengeHangUp");
    robotsUnavailable.setName("rules.robotsUnavailable");
    panel.setName("rules.followUp");
    callback.setName("rules.callback");
    callbackHours.setName("rules.callbackHours");
    pingCalls.setName("rules.pingCalls");
    forgedIds.setName("rules.forgedIds");
    result.setName("rules.followUp.result");
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    panel.setBorder(BorderFactory.createEmptyBorder(8, 16, 16, 16));
    callback.addItemListener(e -> callbackHours.setEnabled(callback.isSelected()));
    add(callback, callbackHours, new JLabel(t.get("rules.callbackHours")));
    add(pingCalls);
    sentence(t.get("rules.callbackRisk"));
    add(forgedIds);
    sentence(t.get("rules.robotMessages"));
    sentence(t.get("rules.robotRanges"));
    robotRows(t);
    JButton save = new JButton(t.get("rules.save"));
    save.setName("rules.followUp.save");
    save.addActionListener(e -> save());
    add(save, result);
    show(ctx.phone().rules().config());
  }

  /** The robot challenge (who presses a digit, what a failure does) and robot ranges' answer. */
  private void robotRows(Texts t) {
    sentence(t.get("rules.challenge"));
    for (String condition : RobotsForm.CONDITIONS) {
      JCheckBox box = new JCheckBox(t.get("rules.challenge." + condition));
      box.setName("rules.challenge." + condition);
      challenge.put(condition, box);
      add(box);
    }
    add(hangUpOnFail);
    add(robotsUnavailable);
    rejectWith.setName("rules.rejectWith");
    for (String value : RobotsForm.REJECT_WITH) {
      rejectWith.addItem(t.get("rules.rejectWith." + value));
    }
    add(new JLabel(t.get("rules.rejectWith")), rejectWith);
  }

  Component component() {
    return panel;
  }

  private void add(JComponent... parts) {
    JPanel row =
        new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2)) {
          private static final long serialVersionUID = 1L;

          @Override
          public Dimension getMaximumSize() {
            return new Dimension(Integer.MAX_VALUE, getPreferredSize().height);
          }
        };
    for (JComponent part : parts) {
      row.add(part);
    }
    row.setAlignmentX(Component.LEFT_ALIGNMENT);
    panel.add(row);
  }

  /** A line of explanation that wraps when the window is narrow. */
  private void sentence(String text) {
    javax.swing.JTextArea note = dev.vorzimmer.ui.common.FormGrid.note("rules.followUp.note");
    note.setColumns(0);
    note.setText(text);
    note.setFont(javax.swing.UIManager.getFont("Label.font"));
    note.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 4));
    note.setAlignmentX(Component.LEFT_ALIGNMENT);
    panel.add(note);
  }

  private void show(ScreeningConfig c) {
    FollowUpForm f = FollowUpForm.of(c);
    callback.setSelected(f.callbackOn());
    callbackHours.setValue(f.callbackHours());
    callbackHours.setEnabled(f.callbackOn());
    pingCalls.setSelected(f.pingCalls());
    forgedIds.setSelected(f.forgedIds());
    RobotsForm r = RobotsForm.of(c);
    challenge.forEach((condition, box) -> box.setSelected(r.challenged().contains(condition)));
    hangUpOnFail.setSelected(r.hangUpOnFail());
    robotsUnavailable.setSelected(r.robotsUnavailable());
    if (!rejectWithValues.contains(r.rejectWith())) { // an old reject_status such as 480
      rejectWithValues.add(r.rejectWith());
      rejectWith.addItem(r.rejectWith());
    }
    rejectWith.setSelectedIndex(rejectWithValues.indexOf(r.rejectWith()));
  }

  RobotsForm readRobots() {
    java.util.Set<String> ticked = new java.util.HashSet<>();
    challenge.forEach(
        (condition, box) -> {
          if (box.isSelected()) {
            ticked.add(condition);
          }
        });
    return new RobotsForm(
        ticked,
        hangUpOnFail.isSelected(),
        robotsUnavailable.isSelected(),
        rejectWithValues.get(Math.max(0, rejectWith.getSelectedIndex())));
  }

  FollowUpForm read() {
    return new FollowUpForm(
        callback.isSelected(),
        (Integer) callbackHours.getValue(),
        pingCalls.isSelected(),
        forgedIds.isSelected());
  }

  private void save() {
    Map<String, Object> keys;
    try {
      ScreeningConfig before = ctx.phone().rules().config();
      keys = new java.util.LinkedHashMap<>(read().changes(before));
      keys.putAll(readRobots().changes(before));
    } catch (FormException e) {
      result(e.text(ctx.texts()), true);
      return;
    }
    if (keys.isEmpty()) {
      result(ctx.texts().get("rules.unchanged"), false);
      return;
    }
    ctx.work()
        .query(
            "saving the after-a-call settings",
            () -> {
              try {
                return ctx.phone().rules().saveSettings(keys, Map.of());
              } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
              }
            },
            saved -> {
              show(saved);
              result(ctx.texts().get("rules.saved"), false);
            },
            e ->
                result(
                    ctx.texts()
                        .get(
                            "rules.error.config",
                            Optional.ofNullable(e.getMessage()).orElse(e.toString())),
                    true));
  }

  private void result(String text, boolean problem) {
    result.setText(text);
    Color red = UIManager.getColor("Actions.Red");
    result.setForeground(problem && red != null ? red : UIManager.getColor("Label.foreground"));
    ctx.probe().changed();
  }
}
