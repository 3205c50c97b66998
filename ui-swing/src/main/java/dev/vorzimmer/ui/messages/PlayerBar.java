package dev.vorzimmer.ui.messages;

import dev.vorzimmer.ui.common.Icons;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;

/**
 * The Messages tab's player for the selected message: a Play/Pause button, a seek slider with "0:07
 * / 0:42" and a speed choice. The message's audio is read in the background when it is selected;
 * selecting another message stops the one playing. EDT only.
 */
final class PlayerBar {
  private final UiContext ctx;
  private final Consumer<MessageRow> onPlaying;
  private final JPanel panel = new JPanel(new BorderLayout(6, 0));
  private final JButton play;
  private final JSlider seek = new JSlider(0, 0, 0);
  private final JLabel time = new JLabel();
  private final JLabel problem = new JLabel();
  private final JComboBox<String> speed = new JComboBox<>();
  private final Icon playIcon = Icons.get("play", 16);
  private final Icon pauseIcon = Icons.get("pause", 16);
  private PcmOutput.Factory outputs;
  private Optional<MessageRow> row = Optional.empty();
  private MessagePlayer player;
  private boolean playWhenLoaded;
  private long unplayable = -1;
  private boolean updating;

  /** {@code onPlaying} is told (on the EDT) each time a message's sound has started. */
  PlayerBar(UiContext ctx, Consumer<MessageRow> onPlaying) {
    this.ctx = ctx;
    this.onPlaying = onPlaying;
    this.outputs = () -> new SinkOutput(ctx.phone().sound()::openOutput);
    this.play = new JButton();
    play.setName("messages.play");
    play.addActionListener(e -> toggle());
    seek.setName("messages.seek");
    seek.setToolTipText(ctx.texts().get("messages.seek"));
    seek.addChangeListener(e -> seeking());
    time.setName("messages.position");
    speed.setName("messages.speed");
    speed.setToolTipText(ctx.texts().get("messages.speed"));
    NumberFormat format = NumberFormat.getNumberInstance(ctx.texts().locale());
    format.setMaximumFractionDigits(2);
    MessagePlayer.SPEEDS.forEach(s -> speed.addItem(format.format(s) + "×"));
    speed.setSelectedIndex(MessagePlayer.SPEEDS.indexOf(1.0));
    speed.addActionListener(
        e -> {
          if (player != null) {
            player.speed(chosenSpeed());
          }
        });
    panel.setBorder(BorderFactory.createEmptyBorder(6, 10, 0, 6));
    panel.add(play, BorderLayout.WEST);
    problem.setName("messages.playerProblem");
    problem.setVisible(false);
    JPanel middle = new JPanel(new BorderLayout());
    middle.add(seek, BorderLayout.CENTER);
    middle.add(problem, BorderLayout.SOUTH);
    panel.add(middle, BorderLayout.CENTER);
    JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    right.add(time);
    right.add(speed);
    panel.add(right, BorderLayout.EAST);
    render();
  }

  JComponent component() {
    return panel;
  }

  /** Uses {@code factory} for the sound output from the next message on (tests use a fake). */
  void outputs(PcmOutput.Factory factory) {
    this.outputs = factory;
  }

  /** Shows the selected message; a different one stops what plays and loads its audio. */
  void show(Optional<MessageRow> selected) {
    boolean same = selected.map(MessageRow::id).equals(row.map(MessageRow::id));
    row = selected;
    if (same) {
      render();
      return;
    }
    closePlayer();
    selected.filter(MessageRow::hasAudio).ifPresent(this::load);
    render();
  }

  /** Play or pause, as the button and the Space key do. */
  void toggle() {
    if (player == null) {
      playWhenLoaded = row.filter(MessageRow::hasAudio).isPresent();
    } else if (player.playing()) {
      player.pause();
    } else {
      player.play();
    }
    render();
  }

  void close() {
    closePlayer();
  }

  private void closePlayer() {
    if (player != null) {
      player.close();
      player = null;
    }
    playWhenLoaded = false;
  }

  private void load(MessageRow r) {
    ctx.work()
        .query(
            "loading message " + r.id() + " from " + r.file(),
            () -> read(r),
            audio -> {
              if (player != null || row.map(MessageRow::id).filter(id -> id == r.id()).isEmpty()) {
                return; // another message was selected meanwhile
              }
              MessagePlayer p = new MessagePlayer("message " + r.id(), audio, outputs);
              p.speed(chosenSpeed());
              p.addListener(
                  new MessagePlayer.Listener() {
                    @Override
                    public void stateChanged(MessagePlayer.Snapshot now) {
                      SwingUtilities.invokeLater(() -> stateShown(p, now));
                    }

                    @Override
                    public void positionChanged(MessagePlayer.Snapshot now) {
                      SwingUtilities.invokeLater(() -> shown(p));
                    }
                  });
              player = p;
              if (playWhenLoaded) {
                playWhenLoaded = false;
                p.play();
              }
              shown(p);
            },
            e -> unplayable(r, e));
  }

  /** The file could not be read: say so in the status bar and offer no Play for it. */
  private void unplayable(MessageRow r, Throwable e) {
    unplayable = r.id();
    if (row.map(MessageRow::id).filter(id -> id == r.id()).isPresent()) {
      playWhenLoaded = false;
      ctx.inform(ctx.texts().get("messages.unplayable", r.caller(), e.getMessage()));
      render();
    }
  }

  private static MessageAudio read(MessageRow r) {
    try {
      return MessageAudio.read(r.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private void stateShown(MessagePlayer p, MessagePlayer.Snapshot now) {
    if (p != player) {
      return;
    }
    MessageRow r = row.orElseThrow();
    boolean noDevice = now.state() == MessagePlayer.State.NO_DEVICE;
    if (now.state() == MessagePlayer.State.PLAYING) {
      onPlaying.accept(r);
    } else if (noDevice) {
      ctx.inform(ctx.texts().get("notice.noSound", r.caller()));
    }
    // Said where the user looks, in place of the player, until something plays.
    if (noDevice || now.state() == MessagePlayer.State.PLAYING) {
      problem.setText(noDevice ? ctx.texts().get("messages.noDevice") : "");
      problem.setForeground(javax.swing.UIManager.getColor("Actions.Red"));
      problem.setVisible(noDevice);
    }
    shown(p);
  }

  private void shown(MessagePlayer p) {
    if (p == player) {
      render();
      ctx.probe().changed();
    }
  }

  private void render() {
    boolean playing = player != null ? player.playing() : playWhenLoaded;
    play.setText(ctx.texts().get(playing ? "messages.pause" : "messages.play"));
    play.setIcon(playing ? pauseIcon : playIcon);
    play.setEnabled(row.filter(r -> r.hasAudio() && r.id() != unplayable).isPresent());
    seek.setEnabled(player != null);
    MessagePlayer.Snapshot now = player == null ? null : player.snapshot();
    Duration length = now == null ? Duration.ZERO : now.duration();
    Duration at = now == null ? Duration.ZERO : now.position();
    if (!seek.getValueIsAdjusting()) {
      updating = true;
      seek.setMaximum((int) length.toMillis());
      seek.setValue((int) at.toMillis());
      updating = false;
      String total =
          now == null
              ? row.map(MessageRow::durationText).orElse(MessageRow.duration(length))
              : MessageRow.duration(length);
      time.setText(ctx.texts().get("messages.position", MessageRow.duration(at), total));
    }
  }

  /** The user moved the slider: show where, and jump there once they let go. */
  private void seeking() {
    if (updating || player == null) {
      return;
    }
    Duration to = Duration.ofMillis(seek.getValue());
    time.setText(
        ctx.texts()
            .get(
                "messages.position",
                MessageRow.duration(to),
                MessageRow.duration(player.snapshot().duration())));
    if (!seek.getValueIsAdjusting()) {
      player.seek(to);
    }
  }

  private double chosenSpeed() {
    return MessagePlayer.SPEEDS.get(Math.max(0, speed.getSelectedIndex()));
  }
}
