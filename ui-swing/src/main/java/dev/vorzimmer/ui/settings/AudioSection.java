package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.view.Sound;
import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WindowPlacement;
import java.awt.event.HierarchyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

/**
 * The Audio section of Settings: microphone and speaker choice (remembered, used from the next
 * call), a level meter that reads the microphone while the section is showing, and a test tone.
 * Owns the single audio thread that the meter, the test tone and greeting recordings share. Without
 * a usable device it says so plainly and its controls stay disabled. EDT only.
 */
final class AudioSection implements AutoCloseable {
  static final Duration TEST_TONE = Duration.ofSeconds(1);
  private final UiContext ctx;
  private final Sound sound;
  private final DeviceChoice choice;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "vorzimmer-audio-settings");
            t.setDaemon(true);
            return t;
          });
  private final MicReader mic;
  private final SamplePlayer player;
  private final FormGrid grid;
  private final JTextArea state = FormGrid.note("audio.state");
  private final JComboBox<DeviceItem> inputs = new JComboBox<>();
  private final JComboBox<DeviceItem> outputs = new JComboBox<>();
  private final JProgressBar level = LevelMeter.bar("audio.level");
  private final JButton testTone;
  private final JTextArea result = FormGrid.note("audio.result");
  private final LevelMeter meter;
  private final List<Runnable> changeListeners = new ArrayList<>();
  private boolean hasMicrophone;
  private boolean hasSpeaker;
  private boolean filling;

  /** One entry of a device list: a device, or the system default. */
  private record DeviceItem(Optional<AudioDevice> device, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  AudioSection(UiContext ctx, WindowPlacement file) {
    this.ctx = ctx;
    this.sound = ctx.phone().sound();
    this.choice = new DeviceChoice(file, sound);
    this.mic = new MicReader(thread, sound::openInput);
    this.player = new SamplePlayer(thread, sound::openOutput);
    this.meter = new LevelMeter(level, ctx.probe());
    Texts t = ctx.texts();
    grid = new FormGrid(t.get("settings.audio"));
    inputs.setName("audio.input");
    outputs.setName("audio.output");
    testTone = new JButton(t.get("audio.testTone"));
    testTone.setName("audio.testTone");
    testTone.addActionListener(e -> playTestTone());
    state.setText(t.get("audio.starting"));
    grid.span(state);
    grid.row(t.get("audio.input"), inputs);
    grid.row(t.get("audio.level"), level);
    grid.row(t.get("audio.output"), outputs);
    grid.buttons(testTone);
    grid.span(result);
    inputs.addActionListener(e -> chosen(true));
    outputs.addActionListener(e -> chosen(false));
    grid.panel()
        .addHierarchyListener(
            e -> {
              if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                updateMeter();
              }
            });
    enable();
    sound.whenReady(
        d ->
            ctx.work()
                .run(
                    "restoring the chosen sound devices",
                    () -> choice.restore(d),
                    () -> fill(d),
                    e ->
                        FormGrid.result(
                            result, ctx.texts().get("error.text", e.getMessage()), true)));
  }

  JComponent component() {
    return grid.panel();
  }

  /** Whether there is a microphone to record from. */
  boolean hasMicrophone() {
    return hasMicrophone;
  }

  /** Whether there is a speaker to play to. */
  boolean hasSpeaker() {
    return hasSpeaker;
  }

  /** Calls {@code listener} (on the EDT) whenever the devices were found or changed. */
  void onChange(Runnable listener) {
    changeListeners.add(listener);
  }

  MicReader mic() {
    return mic;
  }

  SamplePlayer player() {
    return player;
  }

  private void fill(AudioDevices devices) {
    boolean layerWorks = devices.problem().isEmpty();
    hasMicrophone = layerWorks && !devices.inputs().isEmpty();
    hasSpeaker = layerWorks && !devices.outputs().isEmpty();
    filling = true;
    fillList(inputs, devices.inputs(), sound.chosenInput());
    fillList(outputs, devices.outputs(), sound.chosenOutput());
    filling = false;
    Texts t = ctx.texts();
    String text =
        hasMicrophone && hasSpeaker
            ? ""
            : !hasMicrophone && !hasSpeaker
                ? t.get("audio.none")
                : t.get(hasMicrophone ? "audio.noSpeaker" : "audio.noMicrophone");
    FormGrid.result(state, text, !text.isEmpty());
    state.setVisible(!text.isEmpty());
    enable();
    updateMeter();
    changeListeners.forEach(Runnable::run);
    ctx.probe().changed();
  }

  private void fillList(
      JComboBox<DeviceItem> box, List<AudioDevice> devices, Optional<AudioDevice> chosen) {
    box.removeAllItems();
    box.addItem(new DeviceItem(Optional.empty(), ctx.texts().get("audio.default")));
    for (AudioDevice d : devices) {
      DeviceItem item = new DeviceItem(Optional.of(d), d.name());
      box.addItem(item);
      if (chosen.equals(item.device())) {
        box.setSelectedItem(item);
      }
    }
  }

  private void enable() {
    inputs.setEnabled(hasMicrophone);
    level.setEnabled(hasMicrophone);
    outputs.setEnabled(hasSpeaker);
    testTone.setEnabled(hasSpeaker);
  }

  private void chosen(boolean input) {
    if (filling) {
      return;
    }
    Optional<AudioDevice> in = selected(inputs);
    Optional<AudioDevice> out = selected(outputs);
    if (input) {
      mic.reopen();
    }
    ctx.work()
        .run(
            "saving the chosen sound devices",
            () -> choice.choose(in, out),
            ctx.probe()::changed,
            e -> FormGrid.result(result, ctx.texts().get("error.text", e.getMessage()), true));
  }

  private static Optional<AudioDevice> selected(JComboBox<DeviceItem> box) {
    return box.getSelectedItem() instanceof DeviceItem item ? item.device() : Optional.empty();
  }

  /** Reads the microphone exactly while the section is showing and there is one. */
  private void updateMeter() {
    if (hasMicrophone && grid.panel().isShowing()) {
      meter.start();
      mic.add(meter);
    } else {
      mic.remove(meter);
      meter.reset();
    }
  }

  private void playTestTone() {
    testTone.setEnabled(false);
    FormGrid.result(result, "", false);
    String speaker =
        selected(outputs).map(AudioDevice::name).orElse(ctx.texts().get("audio.default"));
    player
        .play(SamplePlayer.tone(440, TEST_TONE, 8000))
        .done()
        .whenComplete(
            (ok, e) ->
                SwingUtilities.invokeLater(
                    () -> {
                      testTone.setEnabled(hasSpeaker);
                      FormGrid.result(
                          result,
                          e == null
                              ? ctx.texts().get("audio.toneDone", speaker)
                              : ctx.texts().get("audio.toneFailed", e.getMessage()),
                          e != null);
                      ctx.probe().changed();
                    }));
  }

  /** Stops reading and playing and ends the audio thread (the app quits). */
  @Override
  public void close() {
    mic.stop();
    player.stop();
    thread.shutdown();
  }
}
