package dev.vorzimmer.ui.messages;

import dev.vorzimmer.app.voicemail.RobotMessageRanges;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.store.RangeProposals.State;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.FlowLayout;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The offer to block a number range after several robot messages from it today: a sentence, "Block
 * range" (one click, never automatic) and "Not now". Hidden until there is an offer. Offers are
 * stored ({@code RangeProposals}): one not yet answered shows again after a restart, and the answer
 * is stored so it does not.
 */
final class RangeProposalBar {
  private final UiContext ctx;
  private final JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
  private final JLabel text = new JLabel();
  private Optional<RobotMessageRanges.Proposal> shown = Optional.empty();

  RangeProposalBar(UiContext ctx) {
    this.ctx = ctx;
    bar.setName("messages.rangeProposal");
    bar.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
    text.setName("messages.rangeProposal.text");
    JButton block = new JButton(ctx.texts().get("messages.rangeProposal.block"));
    block.setName("messages.rangeProposal.block");
    block.addActionListener(e -> shown.ifPresent(this::block));
    JButton dismiss = new JButton(ctx.texts().get("messages.rangeProposal.dismiss"));
    dismiss.setName("messages.rangeProposal.dismiss");
    dismiss.addActionListener(e -> shown.ifPresent(this::dismiss));
    bar.add(text);
    bar.add(block);
    bar.add(dismiss);
    bar.setVisible(false);
  }

  /** The filter (messages / probably robots / all) above this bar. */
  JPanel withFilter(javax.swing.JComboBox<MessageFilter> filter) {
    JPanel top = new JPanel();
    top.setLayout(new javax.swing.BoxLayout(top, javax.swing.BoxLayout.Y_AXIS));
    JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 4));
    row.add(filter);
    top.add(row);
    top.add(bar);
    return top;
  }

  /** Shows the offer; EDT only. */
  void show(RobotMessageRanges.Proposal proposal) {
    shown = Optional.of(proposal);
    text.setText(
        ctx.texts()
            .get(
                "messages.rangeProposal.text",
                proposal.messages(),
                proposal.pattern().replace("*", "xx")));
    bar.setVisible(true);
    bar.revalidate();
    ctx.probe().changed();
  }

  /** Shows the newest stored offer not answered yet (after a restart); EDT only. */
  void showStored() {
    ctx.work()
        .query(
            "reading the open range offers",
            () -> ctx.store().rangeProposals().open().stream().findFirst(),
            open ->
                open.ifPresent(
                    p -> show(RobotMessageRanges.Proposal.of(p.pattern(), p.messages()))),
            e -> ctx.showError(bar, e));
  }

  private void dismiss(RobotMessageRanges.Proposal proposal) {
    hide();
    ctx.work()
        .run(
            "dismissing the offer to block " + proposal.pattern(),
            () -> ctx.store().rangeProposals().answer(proposal.pattern(), State.DISMISSED),
            () -> {},
            e -> ctx.showError(bar, e));
  }

  private void hide() {
    shown = Optional.empty();
    bar.setVisible(false);
    bar.revalidate();
    ctx.probe().changed();
  }

  private void block(RobotMessageRanges.Proposal proposal) {
    String reason = ctx.texts().get("messages.rangeProposal.reason", proposal.messages());
    ctx.work()
        .run(
            "blocking the range " + proposal.pattern(),
            () -> {
              ctx.store()
                  .listStore()
                  .add(proposal.pattern(), ListKind.BLOCK, reason, "ui", Optional.empty());
              ctx.store().rangeProposals().answer(proposal.pattern(), State.BLOCKED);
            },
            () -> {
              ctx.inform(ctx.texts().get("notice.blocked", proposal.pattern()));
              hide();
            },
            e -> ctx.showError(bar, e));
  }
}
