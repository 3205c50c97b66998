package dev.vorzimmer.ui.incall;

import dev.vorzimmer.app.LiveCalls;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.LiveSessionListener.DeviceState;
import dev.vorzimmer.ui.common.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The in-call view's line about the sound devices: empty while microphone and speaker work, a
 * warning when one of them has no device or stops working (the call goes on: the caller hears
 * silence, or the user hears nothing), a note when they work again, and which device took over when
 * the chosen one left the system (the sound server moved the call to another device: the report
 * names a different device). EDT only.
 *
 * <p>A call's first report can reach the EDT before the view shows that call (the audio starts on a
 * media thread while the call's event is still on its way); the latest report of each recent call
 * is kept, so the view starts from it and a later move is still named.
 */
final class DeviceWarning {
  /** How many calls' latest reports are kept. */
  private static final int KEPT = 8;

  private final Texts texts;
  private final JLabel label = new JLabel(" ");
  private final Supplier<String> shownCall;
  private final Runnable changed;
  private boolean troubled;
  private DeviceState last;

  private final Map<String, DeviceState> latest =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DeviceState> eldest) {
          return size() > KEPT;
        }
      };

  /**
   * Listens to {@code calls}.
   *
   * @param shownCall the Call-ID the view shows ("" when none); EDT
   * @param changed runs on the EDT after the line changed
   */
  DeviceWarning(Texts texts, LiveCalls calls, Supplier<String> shownCall, Runnable changed) {
    this.texts = texts;
    this.shownCall = shownCall;
    this.changed = changed;
    label.setName("incall.devices");
    calls.addDeviceListener(d -> SwingUtilities.invokeLater(() -> reported(d)));
  }

  private void reported(LiveCalls.Devices report) {
    latest.put(report.callId(), report.state());
    if (report.callId().equals(shownCall.get())) {
      show(report.state());
      changed.run();
    }
  }

  JLabel label() {
    return label;
  }

  /** A new call is shown: what its latest report says, if one came already, else nothing. */
  void clear() {
    troubled = false;
    last = null;
    label.setText(" ");
    DeviceState known = latest.get(shownCall.get());
    if (known != null) {
      show(known);
    }
  }

  /** Shows what {@code state} means for the user. */
  void show(DeviceState state) {
    DeviceState before = last;
    last = state;
    if (state.usable()) {
      List<String> moved = moved(texts, before, state);
      label.setText(
          !moved.isEmpty() ? html(moved) : troubled ? texts.get("incall.devices.back") : " ");
      label.setForeground(UIManager.getColor("Label.foreground"));
      troubled = false;
      return;
    }
    troubled = true;
    List<String> lines = new ArrayList<>();
    state.microphoneProblem().ifPresent(p -> lines.add(text("mic", p)));
    state.speakerProblem().ifPresent(p -> lines.add(text("speaker", p)));
    label.setText(html(lines));
    label.setToolTipText(
        String.join(
            "; ",
            state.microphoneProblem().map(DeviceProblem::detail).orElse(""),
            state.speakerProblem().map(DeviceProblem::detail).orElse("")));
    label.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
  }

  /**
   * "Speaker X is gone — now playing on Y" for each device whose name changed between two reports
   * of one call (the sound server moved the call's stream); empty when none did.
   */
  static List<String> moved(Texts texts, DeviceState before, DeviceState now) {
    List<String> lines = new ArrayList<>();
    if (before == null) {
      return lines;
    }
    if (!before.microphone().equals(now.microphone())) {
      lines.add(texts.get("incall.devices.mic.moved", before.microphone(), now.microphone()));
    }
    if (!before.speaker().equals(now.speaker())) {
      lines.add(texts.get("incall.devices.speaker.moved", before.speaker(), now.speaker()));
    }
    return lines;
  }

  private static String html(List<String> lines) {
    return "<html>" + String.join("<br>", lines.stream().map(DeviceWarning::escape).toList());
  }

  private String text(String device, DeviceProblem p) {
    return texts.get("incall.devices." + device + "." + p.kind().name());
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }
}
