package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.ConfigEditor;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls and voicemail section: ring time, longest message, silence that ends a message, and
 * what a second call gets while you talk. Saved to config.toml; the phone uses them from its next
 * start (the section says so).
 */
final class CallsPanel {
  private static final Logger log = LoggerFactory.getLogger(CallsPanel.class);
  private final UiContext ctx;
  private final ConfigEditor editor;
  private final Consumer<AppConfig> saved;
  private final FormGrid grid;
  private final JSpinner ring = spinner("calls.ringSeconds", CallsForm.RING_RANGE);
  private final JSpinner maxMessage =
      spinner("calls.maxMessageSeconds", CallsForm.MAX_MESSAGE_RANGE);
  private final JSpinner silence = spinner("calls.silenceSeconds", CallsForm.SILENCE_RANGE);
  private final JCheckBox busyToVoicemail;
  private final JButton save;
  private final JTextArea result = FormGrid.note("calls.result");

  private final Unsaved unsaved;

  CallsPanel(
      UiContext ctx, ConfigEditor editor, Consumer<AppConfig> saved, Unsaved.Listener marks) {
    this.ctx = ctx;
    this.editor = editor;
    this.saved = saved;
    Texts t = ctx.texts();
    grid = new FormGrid(t.get("settings.calls"));
    busyToVoicemail = new JCheckBox(t.get("calls.busyLabel"));
    busyToVoicemail.setName("calls.busy");
    save = new JButton(t.get("calls.save"));
    save.setName("calls.save");
    save.setEnabled(false);
    save.addActionListener(e -> save());
    grid.row(t.get("calls.ringLabel"), ring);
    grid.row(t.get("calls.maxMessageLabel"), maxMessage);
    grid.row(t.get("calls.silenceLabel"), silence);
    grid.span(busyToVoicemail);
    JTextArea when = FormGrid.note("calls.when");
    when.setText(t.get("calls.nextStart"));
    grid.span(when);
    grid.buttons(save);
    grid.span(result);
    unsaved =
        new Unsaved(marks, () -> FormGrid.result(result, "", false))
            .watch(ring, maxMessage, silence, busyToVoicemail);
  }

  JComponent component() {
    return grid.panel();
  }

  void load(AppConfig config) {
    CallsForm f = CallsForm.of(config.calls());
    unsaved.load(
        () -> {
          ring.setValue(f.ringSeconds());
          maxMessage.setValue(f.maxMessageSeconds());
          silence.setValue(f.silenceSeconds());
          busyToVoicemail.setSelected(f.busyToVoicemail());
        });
    save.setEnabled(true);
  }

  private void save() {
    CallsForm form =
        new CallsForm(
            (Integer) ring.getValue(),
            busyToVoicemail.isSelected(),
            (Integer) maxMessage.getValue(),
            (Integer) silence.getValue());
    save.setEnabled(false);
    ctx.work()
        .query(
            "saving call settings",
            () -> write(form),
            result -> {
              if (result.config() != null) {
                unsaved.clear();
                saved.accept(result.config());
                done(ctx.texts().get("calls.saved"), false);
              } else {
                done(ctx.texts().get("calls.notSaved", result.problem()), true);
              }
            },
            e -> done(ctx.texts().get("calls.notSaved", e.getMessage()), true));
  }

  /**
   * Writes the sections off the EDT; a configuration the loader refuses comes back as the problem.
   */
  private Written write(CallsForm form) {
    try {
      AppConfig config = form.save(editor);
      ctx.phone().settings().applyCalls(config);
      return new Written(config, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    } catch (ConfigException e) {
      log.info("call settings not saved: {}", e.getMessage());
      return new Written(null, e.getMessage());
    }
  }

  /** The stored configuration, or (when nothing was written) why not. */
  private record Written(AppConfig config, String problem) {}

  private void done(String text, boolean bad) {
    save.setEnabled(true);
    FormGrid.result(result, text, bad);
    ctx.probe().changed();
  }

  private static JSpinner spinner(String name, int[] range) {
    JSpinner s = new JSpinner(new SpinnerNumberModel(range[0], range[0], range[1], 1));
    s.setName(name);
    return s;
  }
}
