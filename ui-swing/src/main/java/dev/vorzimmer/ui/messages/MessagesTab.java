package dev.vorzimmer.ui.messages;

import dev.vorzimmer.screening.store.CallResult;
import dev.vorzimmer.ui.calls.CallRow;
import dev.vorzimmer.ui.calls.CallRows;
import dev.vorzimmer.ui.calls.NumberActions;
import dev.vorzimmer.ui.common.RowsTableModel;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;

/**
 * Answering-machine messages: a player, export, delete, call back, block. Unheard ones are bold.
 */
public final class MessagesTab {
  private final UiContext ctx;
  private final LongConsumer unheardCount;
  private final JPanel panel = new JPanel(new BorderLayout());
  private final RowsTableModel<MessageRow> model;
  private final JTable table;
  private final PlayerBar player;
  private final NumberActions actions;
  private final Map<String, JButton> buttons = new HashMap<>();
  private final RangeProposalBar proposal;
  private final javax.swing.JComboBox<MessageFilter> filter;
  private List<MessageRow> all = List.of();
  private boolean reloading;

  public MessagesTab(UiContext ctx, LongConsumer unheardCount) {
    this.ctx = ctx;
    this.unheardCount = unheardCount;
    this.model =
        new RowsTableModel<>(
            ctx.texts(),
            List.of(
                "messages.col.play",
                "messages.col.time",
                "messages.col.caller",
                "messages.col.length",
                "messages.col.reason",
                "messages.col.state"),
            MessagesTab::cell);
    this.table = new JTable(model);
    this.actions = new NumberActions(ctx, panel, () -> {});
    this.player = new PlayerBar(ctx, this::playing);
    panel.setName("messages");
    table.setName("messages.table");
    table.setRowHeight(28);
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setDefaultRenderer(Object.class, new MessageCells.Heard());
    table.getColumnModel().getColumn(0).setMaxWidth(40);
    table.getColumnModel().getColumn(0).setCellRenderer(new MessageCells.Play(ctx.texts()));
    table.addMouseListener(
        new java.awt.event.MouseAdapter() {
          @Override
          public void mouseClicked(java.awt.event.MouseEvent e) {
            int row = table.rowAtPoint(e.getPoint());
            if (row >= 0 && table.columnAtPoint(e.getPoint()) == 0) {
              table.setRowSelectionInterval(row, row);
              selected().filter(MessageRow::hasAudio).ifPresent(r -> player.toggle());
            }
          }
        });
    table.getSelectionModel().addListSelectionListener(e -> selectionChanged());
    table
        .getInputMap(JComponent.WHEN_FOCUSED)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "messages.playPause");
    table
        .getActionMap()
        .put(
            "messages.playPause",
            new AbstractAction() {
              @Override
              public void actionPerformed(ActionEvent e) {
                player.toggle();
              }
            });
    this.proposal = new RangeProposalBar(ctx);
    this.filter = MessageFilter.box(ctx.texts(), () -> all);
    filter.addActionListener(e -> showRows());
    panel.add(proposal.withFilter(filter), BorderLayout.NORTH);
    proposal.showStored();
    panel.add(new JScrollPane(table), BorderLayout.CENTER);
    JPanel south = new JPanel();
    south.setLayout(new BoxLayout(south, BoxLayout.Y_AXIS));
    south.add(player.component());
    south.add(actionBar());
    panel.add(south, BorderLayout.SOUTH);
    updateButtons();
  }

  public Component component() {
    return panel;
  }

  private static Object cell(MessageRow r, int column) {
    return switch (column) {
      case 0 -> r.hasAudio() ? "▶" : "";
      case 1 -> r.timeText();
      case 2 -> r.caller();
      case 3 -> r.durationText();
      case 4 -> r.mainReason();
      default -> r.stateColumn();
    };
  }

  /** Offers to block a range after robot messages from it; EDT only. */
  public void proposeRange(dev.vorzimmer.app.voicemail.RobotMessageRanges.Proposal p) {
    proposal.show(p);
  }

  /** Shows the loaded messages the filter lets through, keeping the selection. */
  private void showRows() {
    Optional<Long> keep = selected().map(MessageRow::id);
    reloading = true;
    model.setRows(((MessageFilter) filter.getSelectedItem()).apply(all));
    keep.ifPresent(id -> model.select(table, r -> r.id() == id));
    reloading = false;
    filter.repaint();
    player.show(selected());
    updateButtons();
  }

  List<MessageRow> rows() {
    return model.rows();
  }

  /** Reloads the messages off the EDT. */
  public void refresh() {
    ctx.work()
        .query(
            "loading messages",
            this::load,
            rows -> {
              all = rows;
              showRows();
              unheardCount.accept(MessageRow.unheard(rows));
              ctx.probe().changed();
            },
            e -> ctx.showError(panel, e));
  }

  /** Selects message {@code id} and plays it (from a call row's play button); EDT only. */
  public void play(long id) {
    if (model.rows().stream().noneMatch(r -> r.id() == id)) {
      return;
    }
    model.select(table, r -> r.id() == id);
    player.show(selected());
    player.toggle();
  }

  private List<MessageRow> load() {
    CallRow.Lookup lookup = CallRows.lookup(ctx);
    return ctx.store().messages().list().stream()
        .filter(CallResult::isMessage)
        .map(
            m ->
                MessageRow.of(
                    m,
                    lookup.contactName(m.caller()),
                    Files.isRegularFile(m.file()),
                    ctx.texts(),
                    ctx.zone()))
        .toList();
  }

  private Optional<MessageRow> selected() {
    return model.selected(table);
  }

  private void selectionChanged() {
    updateButtons();
    if (!reloading) {
      player.show(selected());
    }
  }

  /**
   * Uses {@code factory} for the player's sound output (tests use a fake; the sound card
   * otherwise).
   */
  public void outputs(PcmOutput.Factory factory) {
    player.outputs(factory);
  }

  private JPanel actionBar() {
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 6));
    bar.setBorder(BorderFactory.createEmptyBorder(0, 4, 4, 4));
    MessageFiles files = new MessageFiles(ctx, panel, this::refresh);
    bar.add(button("export", files::export));
    bar.add(button("delete", files::delete));
    bar.add(button("callBack", r -> r.number().ifPresent(n -> actions.callBackMessage(n, r.id()))));
    bar.add(button("block", r -> r.number().ifPresent(actions::block)));
    return bar;
  }

  private JButton button(String key, Consumer<MessageRow> action) {
    JButton b = new JButton(ctx.texts().get("messages." + key));
    b.setName("messages." + key);
    b.addActionListener(e -> selected().ifPresent(action));
    buttons.put(key, b);
    return b;
  }

  private void updateButtons() {
    Optional<MessageRow> row = selected();
    boolean hasNumber = row.flatMap(MessageRow::number).isPresent();
    boolean hasAudio = row.map(MessageRow::hasAudio).orElse(false);
    buttons.forEach(
        (key, b) ->
            b.setEnabled(
                row.isPresent()
                    && switch (key) {
                      case "callBack", "block" -> hasNumber;
                      case "export" -> hasAudio;
                      default -> true;
                    }));
  }

  /** A message started to play: say so and mark it heard. */
  private void playing(MessageRow row) {
    ctx.inform(ctx.texts().get("notice.playing", row.caller()));
    if (row.heard()) {
      return;
    }
    ctx.work()
        .run(
            "marking message " + row.id() + " heard",
            () -> ctx.store().messages().markHeard(row.id(), true),
            this::refresh,
            e -> ctx.showError(panel, e));
  }

  public void close() {
    player.close();
  }
}
