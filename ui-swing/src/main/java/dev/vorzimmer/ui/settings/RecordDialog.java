package dev.vorzimmer.ui.settings;

import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Record…" for a greeting slot: Record / Stop (at most {@link #MAX}, with the elapsed time and a
 * level meter), then Play back, Save (the slot's WAV, replaced atomically) or Discard. Closing the
 * dialog discards the take. EDT only; the microphone is read on the audio thread.
 */
final class RecordDialog {
  static final Duration MAX = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(RecordDialog.class);
  private final UiContext ctx;
  private final AudioSection audio;
  private final Path out;
  private final String label;
  private final Consumer<String> saved;
  private final JDialog dialog;
  private final JLabel elapsed = new JLabel();
  private final JProgressBar level = LevelMeter.bar("record.level");
  private final JTextArea note = FormGrid.note("record.result");
  private final Box.Filler noteRoom =
      new Box.Filler(new Dimension(0, 0), new Dimension(0, 0), new Dimension(0, 0));
  private JTextArea hint;
  private JPanel bar;
  private final JButton record;
  private final JButton stop;
  private final JButton play;
  private final JButton save;
  private final JButton discard;
  private GreetingRecording take;
  private MicReader.Listener listener;

  /**
   * @param out the slot's greeting file
   * @param label what the slot is for, in the user's language
   * @param saved called on the EDT with a sentence for the greetings section once the take is saved
   */
  RecordDialog(
      UiContext ctx,
      Component parent,
      AudioSection audio,
      Path out,
      String label,
      Consumer<String> saved) {
    this.ctx = ctx;
    this.audio = audio;
    this.out = out;
    this.label = label;
    this.saved = saved;
    Texts t = ctx.texts();
    dialog =
        new JDialog(
            SwingUtilities.getWindowAncestor(parent),
            t.get("record.title", label),
            JDialog.ModalityType.APPLICATION_MODAL);
    dialog.setName("record.dialog");
    dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    dialog.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            stopAll();
          }
        });
    record = button("record.start", this::startRecording);
    stop = button("record.stop", this::stopRecording);
    play = button("record.play", this::playBack);
    save = button("record.save", this::save);
    discard = button("record.discard", dialog::dispose);
    elapsed.setName("record.elapsed");
    layout(t);
    showElapsed(Duration.ZERO);
    buttons(false, false);
  }

  private JButton button(String name, Runnable action) {
    JButton b = new JButton(ctx.texts().get(name));
    b.setName(name);
    b.addActionListener(e -> action.run());
    return b;
  }

  private void layout(Texts t) {
    JPanel body = new JPanel();
    body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
    body.setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
    JTextArea hint = FormGrid.note("record.hint");
    hint.setText(t.get("record.hint", MAX.toSeconds()));
    JPanel meterRow = new JPanel(new BorderLayout(8, 0));
    meterRow.add(elapsed, BorderLayout.WEST);
    meterRow.add(level, BorderLayout.CENTER);
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 0));
    for (JButton b : new JButton[] {record, stop, play, save, discard}) {
      bar.add(b);
    }
    for (JPanel p : new JPanel[] {meterRow, bar}) {
      p.setAlignmentX(Component.LEFT_ALIGNMENT);
    }
    hint.setAlignmentX(Component.LEFT_ALIGNMENT);
    note.setAlignmentX(Component.LEFT_ALIGNMENT);
    noteRoom.setAlignmentX(Component.LEFT_ALIGNMENT);
    body.add(hint);
    body.add(meterRow);
    body.add(bar);
    body.add(note);
    body.add(noteRoom);
    dialog.setContentPane(body);
    for (JTextArea text : new JTextArea[] {hint, note}) {
      text.setColumns(0); // as wide as they are laid out, not 40 columns
    }
    this.hint = hint;
    this.bar = bar;
    fit();
    dialog.setLocationRelativeTo(dialog.getOwner());
  }

  /**
   * Sizes the dialog: wrapped texts know their height only for a width (that of the button row),
   * plus room for the result line shown later ("saved", "could not save …"), which the filler below
   * the note keeps and gives up when the note grows. One {@code pack()}, no second size: on X11 a
   * second size request races the first one's configure event, and the dialog can show at the first
   * size for a moment.
   */
  private void fit() {
    int width = Math.max(bar.getPreferredSize().width, 420);
    for (JTextArea text : new JTextArea[] {hint, note}) {
      text.setSize(width, Short.MAX_VALUE);
    }
    int room = note.getPreferredSize().height;
    noteRoom.changeShape(new Dimension(0, 0), new Dimension(0, room), new Dimension(0, room));
    dialog.pack();
  }

  /** Shows the dialog; returns when it is closed (modal). */
  void show() {
    fit(); // again, now that the dialog is on its screen (its scale and fonts)
    dialog.setLocationRelativeTo(dialog.getOwner());
    dialog.setVisible(true);
  }

  private void buttons(boolean recording, boolean haveTake) {
    record.setEnabled(!recording);
    stop.setEnabled(recording);
    play.setEnabled(!recording && haveTake);
    save.setEnabled(!recording && haveTake);
    discard.setEnabled(!recording);
  }

  private void startRecording() {
    audio.player().stop();
    GreetingRecording r = new GreetingRecording(MAX);
    take = r;
    FormGrid.result(note, "", false);
    int[] frames = {0};
    listener =
        (samples, lvl) -> {
          boolean more = r.append(samples, samples.length);
          if (!more || frames[0]++ % 2 == 0) {
            SwingUtilities.invokeLater(() -> progress(r, lvl, more));
          }
        };
    audio.mic().add(listener);
    buttons(true, false);
    ctx.probe().changed();
  }

  private void progress(GreetingRecording r, int lvl, boolean more) {
    if (r != take || listener == null) {
      return; // a frame that arrived after Stop
    }
    level.setValue(lvl);
    showElapsed(r.elapsed());
    if (!more) {
      stopRecording();
      FormGrid.result(note, ctx.texts().get("record.full", MAX.toSeconds()), false);
    }
    ctx.probe().changed();
  }

  private void stopRecording() {
    if (listener != null) {
      audio.mic().remove(listener);
      listener = null;
    }
    level.setValue(0);
    showElapsed(take.elapsed());
    buttons(false, take.elapsed().toMillis() > 0);
    ctx.probe().changed();
  }

  private void showElapsed(Duration d) {
    elapsed.setText(ctx.texts().get("record.elapsed", clock(d), clock(MAX)));
  }

  private static String clock(Duration d) {
    return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
  }

  private void playBack() {
    audio.player().play(take.greeting().samples());
  }

  private void save() {
    GreetingRecording r = take;
    buttons(false, false);
    ctx.work()
        .query(
            "saving a recorded greeting to " + out,
            () -> {
              try {
                return SaveResult.ok(r.save(out));
              } catch (IOException e) {
                log.info("recorded greeting not saved to {}: {}", out, e.getMessage());
                return SaveResult.failed(e.getMessage());
              }
            },
            result -> saveDone(result),
            e -> saveDone(SaveResult.failed(e.getMessage())));
  }

  /** What saving did: the greeting written, or why not. */
  private record SaveResult(Greeting greeting, String problem) {
    static SaveResult ok(Greeting g) {
      return new SaveResult(g, null);
    }

    static SaveResult failed(String problem) {
      return new SaveResult(null, problem);
    }
  }

  private void saveDone(SaveResult result) {
    if (result.greeting() == null) {
      buttons(false, true); // the take is kept: try again or play it back
      FormGrid.result(note, ctx.texts().get("record.saveFailed", result.problem()), true);
      ctx.probe().changed();
      return;
    }
    dialog.dispose();
    saved.accept(ctx.texts().get("record.saved", label, result.greeting().duration().toSeconds()));
  }

  private void stopAll() {
    if (listener != null) {
      audio.mic().remove(listener);
      listener = null;
    }
    audio.player().stop();
  }
}
