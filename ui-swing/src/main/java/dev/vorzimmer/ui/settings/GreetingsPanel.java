package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.voicemail.Greetings;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.GreetingImporter;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WrapLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The greetings section: one row per slot with what plays now (your recording or the bundled
 * greeting), Play, Import… (any common WAV/AIFF/AU, converted to 8 kHz mono), Record… (from the
 * microphone, when there is one) and Reset to bundled. The running phone reads a slot's file on
 * every call, so changes apply to the next call.
 */
final class GreetingsPanel {
  private static final Logger log = LoggerFactory.getLogger(GreetingsPanel.class);
  private final UiContext ctx;
  private final Path dir;
  private final FormGrid grid;
  private final JPanel rows = new JPanel(new GridBagLayout());
  private final JTextArea result = FormGrid.note("greetings.result");
  private final AudioSection audio;
  private final List<JButton> recordButtons = new ArrayList<>();
  private final List<JButton> playButtons = new ArrayList<>();
  private Greetings greetings;

  /** What one slot plays now: whether the user's own file exists, and a sentence about it. */
  private record SlotState(String slot, boolean own, String text) {}

  GreetingsPanel(UiContext ctx, AudioSection audio) {
    this.ctx = ctx;
    this.audio = audio;
    audio.onChange(this::enableRecording);
    this.dir = ctx.home().dataDir().resolve("greetings");
    this.grid = new FormGrid(ctx.texts().get("settings.greetings"));
    rows.setName("greetings.rows");
    grid.span(rows);
    grid.span(result);
  }

  JComponent component() {
    return grid.panel();
  }

  /** Reads which slots have the user's own greeting (off the EDT) and rebuilds the rows. */
  void load(AppConfig config) {
    greetings = new Greetings(dir, List.of(config.calls().greetingLanguage()));
    ctx.work()
        .query(
            "reading greetings",
            this::states,
            this::show,
            e -> say(ctx.texts().get("error.text", e.getMessage()), true));
  }

  private List<SlotState> states() {
    try {
      List<SlotState> out = new ArrayList<>();
      for (String slot : GreetingSlots.of(dir)) {
        out.add(state(slot));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the greetings in " + dir, e);
    }
  }

  private SlotState state(String slot) {
    Path own = greetings.userFile(slot);
    if (!Files.isRegularFile(own)) {
      return new SlotState(slot, false, ctx.texts().get("greetings.bundled"));
    }
    try {
      return new SlotState(
          slot,
          true,
          ctx.texts().get("greetings.own", Greeting.fromWav(own).duration().toSeconds()));
    } catch (IOException e) {
      log.warn("greeting {} is unreadable; the bundled one plays", own, e);
      return new SlotState(slot, true, ctx.texts().get("greetings.unreadable"));
    }
  }

  private void show(List<SlotState> states) {
    rows.removeAll();
    recordButtons.clear();
    playButtons.clear();
    int y = 0;
    for (SlotState s : states) {
      addRow(y++, s);
    }
    enableRecording();
    rows.revalidate();
    rows.repaint();
    ctx.probe().changed();
  }

  /** Record… works only with a microphone, Play only with a speaker; otherwise they say why. */
  private void enableRecording() {
    for (JButton b : recordButtons) {
      b.setEnabled(audio.hasMicrophone());
      b.setToolTipText(audio.hasMicrophone() ? null : ctx.texts().get("greetings.noMicrophone"));
    }
    for (JButton b : playButtons) {
      b.setEnabled(audio.hasSpeaker());
      b.setToolTipText(audio.hasSpeaker() ? null : ctx.texts().get("greetings.noSpeaker"));
    }
  }

  private void record(String slot) {
    String label = GreetingSlots.label(slot, ctx.texts());
    new RecordDialog(ctx, rows, audio, greetings.userFile(slot), label, text -> done(text, false))
        .show();
  }

  private void addRow(int y, SlotState s) {
    Texts t = ctx.texts();
    JLabel what = new JLabel(GreetingSlots.label(s.slot(), t));
    if (s.slot().startsWith("challenge-")) {
      what.setToolTipText(t.get("greetings.challenge.tip"));
    }
    JLabel state = new JLabel(s.text());
    state.setName("greetings." + s.slot() + ".state");
    JButton play = button(s.slot(), "play", () -> play(s.slot()));
    JButton load = button(s.slot(), "import", () -> chooseAndImport(s.slot()));
    JButton record = button(s.slot(), "record", () -> record(s.slot()));
    recordButtons.add(record);
    playButtons.add(play);
    JButton reset = button(s.slot(), "reset", () -> reset(s.slot()));
    reset.setEnabled(s.own());
    JPanel actions = new JPanel(new WrapLayout(4, 0)); // wraps in a narrow window
    for (JButton b : List.of(play, load, record, reset)) {
      actions.add(b);
    }
    JComponent[] cells = {what, state, actions};
    for (int x = 0; x < cells.length; x++) {
      GridBagConstraints c = new GridBagConstraints();
      c.gridx = x;
      c.gridy = y;
      c.anchor = GridBagConstraints.LINE_START;
      c.insets = new Insets(2, x == 0 ? 0 : 8, 2, 0);
      c.weightx = x == cells.length - 1 ? 1 : 0;
      c.fill = x == cells.length - 1 ? GridBagConstraints.HORIZONTAL : GridBagConstraints.NONE;
      rows.add(cells[x], c);
    }
  }

  private JButton button(String slot, String action, Runnable run) {
    JButton b = new JButton(ctx.texts().get("greetings." + action));
    b.setName("greetings." + slot + "." + action);
    b.addActionListener(e -> run.run());
    return b;
  }

  private void play(String slot) {
    String label = GreetingSlots.label(slot, ctx.texts());
    ctx.work()
        .query(
            "reading greeting " + slot,
            () -> greetings.forSlot(slot),
            greeting ->
                audio
                    .player()
                    .play(greeting.samples())
                    .opened()
                    .whenComplete(
                        (problem, e) ->
                            SwingUtilities.invokeLater(() -> played(label, problem, e))),
            e -> say(ctx.texts().get("error.text", e.getMessage()), true));
  }

  /** Says whether the greeting plays on the chosen speaker; EDT only. */
  private void played(String label, Optional<DeviceProblem> problem, Throwable failure) {
    if (failure != null) {
      say(ctx.texts().get("error.text", failure.getMessage()), true);
    } else {
      say(
          ctx.texts().get(problem.isEmpty() ? "greetings.playing" : "greetings.noSound", label),
          problem.isPresent());
    }
  }

  private void chooseAndImport(String slot) {
    JFileChooser chooser = new JFileChooser();
    chooser.setName("greetings.chooser");
    chooser.setFileFilter(
        new FileNameExtensionFilter(
            ctx.texts().get("greetings.files"), "wav", "aif", "aiff", "au"));
    if (chooser.showOpenDialog(rows) == JFileChooser.APPROVE_OPTION) {
      importFile(slot, chooser.getSelectedFile().toPath());
    }
  }

  /**
   * Converts {@code file} into the slot's greeting (off the EDT); a bad file leaves the old
   * greeting.
   */
  void importFile(String slot, Path file) {
    String label = GreetingSlots.label(slot, ctx.texts());
    ctx.work()
        .query(
            "importing greeting " + file,
            () -> {
              try {
                Files.createDirectories(dir);
                Greeting g = GreetingImporter.importWav(file, greetings.userFile(slot));
                return new Said(
                    ctx.texts()
                        .get(
                            "greetings.imported",
                            file.getFileName(),
                            label,
                            g.duration().toSeconds()),
                    false);
              } catch (IOException e) {
                log.info("greeting {} not imported for slot {}: {}", file, slot, e.getMessage());
                return new Said(
                    ctx.texts().get("greetings.importFailed", file.getFileName(), e.getMessage()),
                    true);
              }
            },
            said -> done(said.text(), said.bad()),
            e -> done(ctx.texts().get("error.text", e.getMessage()), true));
  }

  /** A sentence for the section's result line; {@code bad} shows it as a problem. */
  private record Said(String text, boolean bad) {}

  private void reset(String slot) {
    String label = GreetingSlots.label(slot, ctx.texts());
    ctx.work()
        .query(
            "resetting greeting " + slot,
            () -> {
              try {
                return Files.deleteIfExists(greetings.userFile(slot));
              } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + greetings.userFile(slot), e);
              }
            },
            deleted -> done(ctx.texts().get("greetings.resetDone", label), false),
            e -> done(ctx.texts().get("error.text", e.getMessage()), true));
  }

  private void done(String text, boolean bad) {
    say(text, bad);
    ctx.work()
        .query(
            "reading greetings",
            this::states,
            this::show,
            e -> say(ctx.texts().get("error.text", e.getMessage()), true));
  }

  private void say(String text, boolean bad) {
    FormGrid.result(result, text, bad);
    ctx.probe().changed();
  }
}
