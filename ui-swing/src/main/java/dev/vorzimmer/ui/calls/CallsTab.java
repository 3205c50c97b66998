package dev.vorzimmer.ui.calls;

import dev.vorzimmer.screening.store.CallBacks;
import dev.vorzimmer.ui.common.EmptyHint;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.WrapLayout;
import dev.vorzimmer.ui.contacts.ContactDialog;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;

/**
 * The call list like a FRITZ!Box Anrufliste: calls under date headers, two lines each, filters
 * (missed, messages, call back, turned away), actions for the selected call in a bar and in its
 * context menu, and "Why?" as a panel beside the list.
 */
public final class CallsTab {
  /** One entry of the call-back list, as the tray and the title show it. */
  public record CallBack(String e164, String label) {}

  private final UiContext ctx;
  private final JPanel panel = new JPanel(new BorderLayout());
  private final NumberActions actions;
  private final CallList list;
  private final WhyPanel why;
  private final Map<String, AbstractButton> buttons = new HashMap<>();
  private final Map<String, JMenuItem> menuItems = new HashMap<>();
  private final Map<CallFilter, JToggleButton> filterButtons = new HashMap<>();
  private List<CallRow> all = List.of();
  private List<CallBacks.Entry> callBacks = List.of();
  private CallFilter filter = CallFilter.ALL;
  private LongConsumer playMessage = id -> {};
  private Consumer<List<CallBack>> callBackListener = l -> {};

  public CallsTab(UiContext ctx) {
    this.ctx = ctx;
    this.actions = new NumberActions(ctx, panel, this::refresh);
    this.list =
        new CallList(
            ctx.texts(),
            ctx.zone(),
            popup(),
            new CallList.Handlers(this::showWhy, this::play, this::updateButtons, this::run));
    this.why =
        new WhyPanel(
            ctx.texts(),
            new WhyPanel.Actions(actions::block, actions::allowAlways, this::addContact),
            this::hideWhy);
    panel.setName("calls");
    why.component().setVisible(false);
    panel.add(filters(), BorderLayout.NORTH);
    panel.add(
        EmptyHint.wrap(
            new JScrollPane(list.component()),
            () -> list.component().getModel().getSize(),
            ctx.texts().get("calls.empty")),
        BorderLayout.CENTER);
    panel.add(why.component(), BorderLayout.EAST);
    panel.add(actionBar(), BorderLayout.SOUTH);
    updateButtons();
  }

  public Component component() {
    return panel;
  }

  /** Plays message {@code id} when a row's play button is used. */
  public void onPlay(LongConsumer play) {
    this.playMessage = play;
  }

  /** Told (on the EDT) the call-back list after every reload. */
  public void onCallBacks(Consumer<List<CallBack>> listener) {
    this.callBackListener = listener;
  }

  /** Blocks {@code e164} with Undo in the status bar (the incoming-call panel's Block). */
  public void block(String e164) {
    actions.block(e164);
  }

  /** Reloads the call log off the EDT. */
  public void refresh() {
    ctx.work()
        .query(
            "loading the call log",
            () -> CallRows.load(ctx),
            loaded -> {
              all = loaded.rows();
              callBacks = loaded.callBacks();
              applyFilter();
              callBackListener.accept(callBackList());
            },
            e -> ctx.showError(panel, e));
  }

  /** Shows the call-back list (tray, title). */
  public void showCallBacks() {
    filterButtons.get(CallFilter.CALL_BACK).doClick();
  }

  private List<CallBack> callBackList() {
    Map<String, String> names = new HashMap<>();
    all.forEach(r -> r.number().ifPresent(n -> names.putIfAbsent(n, r.caller())));
    return callBacks.stream()
        .map(e -> new CallBack(e.e164(), names.getOrDefault(e.e164(), e.e164())))
        .toList();
  }

  private void applyFilter() {
    Set<String> open = callBacks.stream().map(CallBacks.Entry::e164).collect(Collectors.toSet());
    List<CallRow> shown = filter.apply(all, open);
    list.show(DayHeaders.group(shown, LocalDate.now(ctx.zone()), ctx.zone(), ctx.texts()));
    JToggleButton cb = filterButtons.get(CallFilter.CALL_BACK);
    cb.setText(
        open.isEmpty()
            ? ctx.texts().get("filter.call_back")
            : ctx.texts().get("filter.call_backCount", open.size()));
    why.shown().flatMap(r -> find(r.id())).ifPresent(why::show);
    updateButtons();
    ctx.probe().changed();
  }

  private Optional<CallRow> find(long id) {
    return all.stream().filter(r -> r.id() == id).findFirst();
  }

  Optional<CallRow> selected() {
    return list.selected();
  }

  private JPanel filters() {
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 6));
    bar.setName("calls.filters");
    ButtonGroup group = new ButtonGroup();
    for (CallFilter f : CallFilter.values()) {
      JToggleButton b = new JToggleButton(ctx.texts().get(f.textKey()), f == CallFilter.ALL);
      b.setName("calls.filter." + f.name().toLowerCase(Locale.ROOT));
      b.putClientProperty("JButton.buttonType", "roundRect");
      b.addActionListener(
          e -> {
            filter = f;
            applyFilter();
          });
      group.add(b);
      bar.add(b);
      filterButtons.put(f, b);
    }
    return bar;
  }

  private static final List<String> ACTIONS =
      List.of("callBack", "dismiss", "block", "blockRange", "allow48", "allow", "addContact");

  /** In the bar below the list; the rest are in the context menu and the "Why?" panel. */
  private static final List<String> BAR =
      List.of("callBack", "dismiss", "block", "blockRange", "addContact");

  private JPanel actionBar() {
    JPanel bar = new JPanel(new WrapLayout(6, 6));
    bar.setBorder(BorderFactory.createEmptyBorder(0, 4, 4, 4));
    for (String key : BAR) {
      JButton b = new JButton(ctx.texts().get("action." + key));
      b.setName("calls." + key);
      b.addActionListener(e -> run(key));
      buttons.put(key, b);
      bar.add(b);
    }
    JButton whyButton = new JButton(ctx.texts().get("calls.why"));
    whyButton.setName("calls.why");
    whyButton.addActionListener(e -> selected().ifPresent(this::showWhy));
    buttons.put("why", whyButton);
    bar.add(whyButton);
    return bar;
  }

  private JPopupMenu popup() {
    JPopupMenu menu = new JPopupMenu();
    menu.setName("calls.menu");
    List<String> keys = new ArrayList<>(List.of("play", "why"));
    keys.addAll(ACTIONS);
    for (String key : keys) {
      JMenuItem item = new JMenuItem(ctx.texts().get(menuKey(key)));
      item.setName("calls.menu." + key);
      item.addActionListener(e -> run(key));
      menuItems.put(key, item);
      menu.add(item);
    }
    return menu;
  }

  private static String menuKey(String key) {
    return switch (key) {
      case "play" -> "messages.play";
      case "why" -> "calls.why";
      default -> "action." + key;
    };
  }

  /** Runs the action {@code key} on the selected call. */
  private void run(String key) {
    Optional<CallRow> row = selected();
    Optional<String> number = row.flatMap(CallRow::number);
    switch (key) {
      case "play" -> row.filter(CallList::hasMessage).ifPresent(this::play);
      case "why" -> row.ifPresent(this::showWhy);
      case "callBack" -> number.ifPresent(n -> actions.callBack(n, row.get().line()));
      case "dismiss" -> number.ifPresent(actions::dismissCallBack);
      case "block" -> number.ifPresent(actions::block);
      case "blockRange" -> number.ifPresent(actions::blockRange);
      case "allow48" -> number.ifPresent(actions::allowFor48h);
      case "allow" -> number.ifPresent(actions::allowAlways);
      case "addContact" -> number.ifPresent(this::addContact);
      default -> throw new IllegalArgumentException(key);
    }
  }

  private void updateButtons() {
    Optional<CallRow> row = selected();
    Set<String> open = callBacks.stream().map(CallBacks.Entry::e164).collect(Collectors.toSet());
    Map<String, Boolean> enabled = new HashMap<>();
    Predicate<CallRow> hasNumber = r -> r.number().isPresent();
    enabled.put("play", row.filter(CallList::hasMessage).isPresent());
    enabled.put("why", row.isPresent());
    enabled.put("dismiss", row.flatMap(CallRow::number).filter(open::contains).isPresent());
    enabled.put(
        "blockRange", row.flatMap(CallRow::number).flatMap(NumberPatterns::rangeOf).isPresent());
    enabled.put("block", row.filter(hasNumber).filter(r -> !r.blocked()).isPresent());
    enabled.put("addContact", row.filter(hasNumber).filter(r -> !r.contact()).isPresent());
    for (String key : List.of("callBack", "allow48", "allow")) {
      enabled.put(key, row.filter(hasNumber).isPresent());
    }
    enabled.forEach(
        (key, on) -> {
          Optional.ofNullable(buttons.get(key)).ifPresent(b -> b.setEnabled(on));
          Optional.ofNullable(menuItems.get(key)).ifPresent(m -> m.setEnabled(on));
        });
    buttons.get("dismiss").setVisible(filter == CallFilter.CALL_BACK || enabled.get("dismiss"));
  }

  private void play(CallRow row) {
    row.messageId().ifPresent(playMessage::accept);
  }

  private void addContact(String e164) {
    ContactDialog.addNumber(ctx, panel, e164, this::refresh);
  }

  private void showWhy(CallRow row) {
    why.show(row);
    why.component().setVisible(true);
    panel.revalidate();
    ctx.probe().changed();
  }

  private void hideWhy() {
    why.component().setVisible(false);
    panel.revalidate();
    list.component().requestFocusInWindow();
  }

  /** The rows shown now, headers included (for tests). */
  List<CallItem> shownItems() {
    return list.items();
  }
}
