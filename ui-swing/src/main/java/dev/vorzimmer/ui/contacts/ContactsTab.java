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
import java.util.List;
import java.util.Map;
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
  private final ContactCell cell;
  private final SyncStatusLines syncStatus;
  private List<Contact> all = List.of();
  private ContactSources sources = ContactSources.NONE;

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
    cell = new ContactCell(ctx.texts(), display);
    syncStatus =
        new SyncStatusLines(ctx.phone().addressBooks(), ctx.texts(), ctx.zone(), this::refresh);
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
    list.setCellRenderer(cell);
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
    JPanel north = new JPanel(new BorderLayout());
    north.add(top, BorderLayout.NORTH);
    syncStatus.component().setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 8, 4, 8));
    north.add(syncStatus.component(), BorderLayout.SOUTH);
    panel.add(north, BorderLayout.NORTH);
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
            () ->
                Map.entry(
                    ctx.store().contactBook().list(),
                    new ContactSources(ctx.store().contactBook().sources())),
            loaded -> {
              all = loaded.getKey();
              sources = loaded.getValue();
              cell.sources(sources);
              applySearch();
            },
            e -> ctx.showError(panel, e));
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
    Optional<String> from = selected().flatMap(c -> sources.hostOf(c.id()));
    boolean local = selected().isPresent() && from.isEmpty();
    edit.setEnabled(local);
    delete.setEnabled(local);
    String tip = from.map(h -> ctx.texts().get("contacts.source.tip", h)).orElse(null);
    edit.setToolTipText(tip);
    delete.setToolTipText(tip);
  }

  /** True (and the user is told where to change it) when {@code c} comes from a synced book. */
  private boolean synced(Contact c) {
    Optional<String> from = sources.hostOf(c.id());
    from.ifPresent(h -> ctx.inform(ctx.texts().get("contacts.source.readOnly", c.name(), h)));
    return from.isPresent();
  }

  private void applySearch() {
    long keep = selected().map(Contact::id).orElse(-1L);
    model.clear();
    ContactSearch.shown(all, search.getText(), favouritesOnly.isSelected(), display)
        .forEach(model::addElement);
    for (int i = 0; i < model.size(); i++) {
      if (model.get(i).id() == keep) {
        list.setSelectedIndex(i);
      }
    }
    enableRowActions();
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
    if (synced(c)) {
      return;
    }
    ContactDialog.edit(ctx, panel, c, this::refresh);
  }

  /** Makes {@code c} a favourite or not (stored off the EDT). */
  void toggleFavourite(Contact c) {
    if (synced(c)) {
      return;
    }
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
    if (synced(c)) {
      return;
    }
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
