package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.ui.common.EmptyHint;
import dev.vorzimmer.ui.common.OnChange;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.ToolTipManager;

/**
 * Contacts: photos, search, favourites first (or only), add/edit/delete through {@link
 * ContactDialog}, a star to toggle a favourite, vCard import (button or drop) and export.
 */
public final class ContactsTab {
  private final UiContext ctx;
  private final JPanel panel = new JPanel(new BorderLayout());
  private final JTextField search = new JTextField(20);
  private final JCheckBox favouritesOnly;
  private final DefaultListModel<Contact> model = new DefaultListModel<>();
  private final JList<Contact> list = new JList<>(model);
  private final VCardActions vcards;
  private final VCardDrop drop;
  private final JButton edit;
  private final JButton delete;
  private final Function<String, String> display;
  private List<Contact> all = List.of();

  public ContactsTab(UiContext ctx) {
    this.ctx = ctx;
    this.display = ContactDialog.display(ctx);
    panel.setName("contacts");
    vcards = new VCardActions(ctx, panel, this::refresh);
    drop = new VCardDrop(vcards::importFiles);
    search.setName("contacts.search");
    search.putClientProperty("JTextField.placeholderText", ctx.texts().get("contacts.search"));
    search.getDocument().addDocumentListener(new OnChange(this::applySearch));
    favouritesOnly = new JCheckBox(ctx.texts().get("contacts.favouritesOnly"));
    favouritesOnly.setName("contacts.favouritesOnly");
    favouritesOnly.addActionListener(e -> applySearch());
    setUpList();
    edit = button("contacts.edit", "contacts.edit", () -> selected().ifPresent(this::edit));
    delete = button("contacts.delete", "contacts.delete", () -> selected().ifPresent(this::delete));
    list.addListSelectionListener(e -> enableRowActions());
    enableRowActions();
    layOut();
  }

  private void setUpList() {
    list.setName("contacts.list");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setCellRenderer(new ContactCell(ctx.texts(), display));
    list.setTransferHandler(drop);
    list.setToolTipText(ctx.texts().get("contacts.dropHint"));
    ToolTipManager.sharedInstance().registerComponent(list);
    list.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            clicked(e);
          }
        });
    list.registerKeyboardAction(
        e -> selected().ifPresent(this::edit),
        KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0),
        JComponent.WHEN_FOCUSED);
    list.registerKeyboardAction(
        e -> selected().ifPresent(this::delete),
        KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0),
        JComponent.WHEN_FOCUSED);
    list.registerKeyboardAction(
        e -> selected().ifPresent(this::toggleFavourite),
        KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0),
        JComponent.WHEN_FOCUSED);
  }

  private void layOut() {
    JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 6));
    top.add(search);
    top.add(favouritesOnly);
    JPanel bottom = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 6));
    bottom.add(
        button("contacts.add", "contacts.add", () -> ContactDialog.add(ctx, panel, this::refresh)));
    bottom.add(edit);
    bottom.add(delete);
    bottom.add(button("contacts.import", "contacts.import", vcards::chooseAndImport));
    bottom.add(button("contacts.export", "contacts.export", vcards::chooseAndExport));
    JScrollPane scroll = new JScrollPane(list);
    scroll.setTransferHandler(drop); // drops below the last row land on the viewport
    panel.add(top, BorderLayout.NORTH);
    panel.add(
        EmptyHint.wrap(scroll, () -> list.getModel().getSize(), ctx.texts().get("contacts.empty")),
        BorderLayout.CENTER);
    panel.add(bottom, BorderLayout.SOUTH);
  }

  public Component component() {
    return panel;
  }

  public void refresh() {
    ctx.work()
        .query(
            "loading contacts",
            () -> ctx.store().contactBook().list(),
            contacts -> {
              all = contacts;
              applySearch();
            },
            e -> ctx.showError(panel, e));
  }

  /**
   * Contacts whose name or a number contains {@code text} (case-insensitive; digits compared
   * without spaces).
   */
  public static List<Contact> matching(List<Contact> contacts, String text) {
    return matching(contacts, text, n -> n);
  }

  /**
   * As {@link #matching(List, String)}, where a number also matches in the form it is shown in
   * ({@code display}), so "030 123" finds {@code +4930123…}.
   */
  public static List<Contact> matching(
      List<Contact> contacts, String text, Function<String, String> display) {
    String needle = text.strip().toLowerCase(Locale.ROOT);
    String digits = needle.replaceAll("[^0-9+]", "");
    return contacts.stream()
        .filter(
            c ->
                needle.isEmpty()
                    || c.name().toLowerCase(Locale.ROOT).contains(needle)
                    || !digits.isEmpty()
                        && c.numbers().stream()
                            .anyMatch(
                                n ->
                                    n.contains(digits)
                                        || display
                                            .apply(n)
                                            .replaceAll("[^0-9+]", "")
                                            .contains(digits)))
        .toList();
  }

  /**
   * What the list shows: matches of {@code text}, favourites first (or only), otherwise in the
   * given order.
   */
  static List<Contact> shown(
      List<Contact> contacts,
      String text,
      boolean onlyFavourites,
      Function<String, String> display) {
    return matching(contacts, text, display).stream()
        .filter(c -> c.favourite() || !onlyFavourites)
        .sorted(Comparator.comparing(c -> !c.favourite()))
        .toList();
  }

  private JButton button(String name, String textKey, Runnable action) {
    JButton b = new JButton(ctx.texts().get(textKey));
    b.setName(name);
    b.addActionListener(e -> action.run());
    return b;
  }

  private Optional<Contact> selected() {
    return Optional.ofNullable(list.getSelectedValue());
  }

  private void enableRowActions() {
    edit.setEnabled(selected().isPresent());
    delete.setEnabled(selected().isPresent());
  }

  private void applySearch() {
    long keep = selected().map(Contact::id).orElse(-1L);
    model.clear();
    shown(all, search.getText(), favouritesOnly.isSelected(), display).forEach(model::addElement);
    for (int i = 0; i < model.size(); i++) {
      if (model.get(i).id() == keep) {
        list.setSelectedIndex(i);
      }
    }
    ctx.probe().changed();
  }

  private void clicked(MouseEvent e) {
    int index = list.locationToIndex(e.getPoint());
    if (index < 0 || !list.getCellBounds(index, index).contains(e.getPoint())) {
      return;
    }
    if (ContactCell.onStar(list, index, e.getPoint())) {
      toggleFavourite(model.get(index));
    } else if (e.getClickCount() == 2) {
      edit(model.get(index));
    }
  }

  private void edit(Contact c) {
    ContactDialog.edit(ctx, panel, c, this::refresh);
  }

  /** Makes {@code c} a favourite or not (stored off the EDT). */
  void toggleFavourite(Contact c) {
    Contact changed = new Contact(c.id(), c.name(), c.numbers(), c.photo(), !c.favourite());
    ctx.work()
        .run(
            "marking contact " + c.id() + (changed.favourite() ? " favourite" : " not favourite"),
            () -> ctx.store().contactBook().update(changed),
            () -> {
              ctx.inform(
                  ctx.texts()
                      .get(
                          changed.favourite() ? "contacts.favouriteOn" : "contacts.favouriteOff",
                          c.name()));
              refresh();
            },
            e -> ctx.showError(panel, e));
  }

  private void delete(Contact c) {
    JOptionPane confirm =
        new JOptionPane(
            ctx.texts().get("contacts.deleteConfirm", c.name()),
            JOptionPane.QUESTION_MESSAGE,
            JOptionPane.OK_CANCEL_OPTION);
    confirm.setName("contacts.deleteConfirm");
    ContactDialog.announceWhenShown(confirm, ctx.probe());
    JDialog dialog = confirm.createDialog(panel, ctx.texts().get("contacts.delete"));
    dialog.setVisible(true); // modal: returns when answered
    dialog.dispose();
    if (Integer.valueOf(JOptionPane.OK_OPTION).equals(confirm.getValue())) {
      ctx.work()
          .run(
              "deleting contact " + c.id(),
              () -> ctx.store().contactBook().delete(c.id()),
              this::refresh,
              e -> ctx.showError(panel, e));
    }
  }
}
