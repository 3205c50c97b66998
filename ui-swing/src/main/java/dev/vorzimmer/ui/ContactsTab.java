package dev.vorzimmer.ui;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.store.ImportReport;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.filechooser.FileNameExtensionFilter;

/** Contacts: search, add, delete, vCard import. Contacts ring. */
final class ContactsTab {
  private final UiContext ctx;
  private final JPanel panel = new JPanel(new BorderLayout());
  private final JTextField search = new JTextField(20);
  private final DefaultListModel<Contact> model = new DefaultListModel<>();
  private final JList<Contact> list = new JList<>(model);
  private final JButton delete;
  private List<Contact> all = List.of();

  ContactsTab(UiContext ctx) {
    this.ctx = ctx;
    panel.setName("contacts");
    search.setName("contacts.search");
    search.putClientProperty("JTextField.placeholderText", ctx.texts().get("contacts.search"));
    search.getDocument().addDocumentListener(new OnChange(this::applySearch));
    list.setName("contacts.list");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setCellRenderer((l, c, index, selected, focus) -> cell(l, c, selected));
    JButton add = new JButton(ctx.texts().get("contacts.add"));
    add.setName("contacts.add");
    add.addActionListener(e -> addDialog());
    delete = new JButton(ctx.texts().get("contacts.delete"));
    delete.setName("contacts.delete");
    delete.addActionListener(e -> Optional.ofNullable(list.getSelectedValue()).ifPresent(this::delete));
    delete.setEnabled(false);
    list.addListSelectionListener(e -> delete.setEnabled(list.getSelectedValue() != null));
    JButton importButton = new JButton(ctx.texts().get("contacts.import"));
    importButton.setName("contacts.import");
    importButton.addActionListener(e -> importVCards());
    JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 6));
    top.add(search);
    JPanel bottom = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 6));
    bottom.add(add);
    bottom.add(delete);
    bottom.add(importButton);
    panel.add(top, BorderLayout.NORTH);
    panel.add(new JScrollPane(list), BorderLayout.CENTER);
    panel.add(bottom, BorderLayout.SOUTH);
  }

  Component component() {
    return panel;
  }

  void refresh() {
    ctx.work().query("loading contacts", () -> ctx.store().contactBook().list(), contacts -> {
      all = contacts;
      applySearch();
    }, e -> ctx.showError(panel, e));
  }

  /** Contacts whose name or a number contains {@code text} (case-insensitive; digits compared without spaces). */
  static List<Contact> matching(List<Contact> contacts, String text) {
    String needle = text.strip().toLowerCase(Locale.ROOT);
    String digits = needle.replaceAll("[^0-9+]", "");
    return contacts.stream().filter(c -> needle.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(needle)
        || !digits.isEmpty() && c.numbers().stream().anyMatch(n -> n.contains(digits))).toList();
  }

  private void applySearch() {
    model.clear();
    matching(all, search.getText()).forEach(model::addElement);
    ctx.probe().changed();
  }

  private Component cell(JList<? extends Contact> l, Contact c, boolean selected) {
    JPanel row = new JPanel(new BorderLayout(10, 0));
    row.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    row.add(new Avatar(c.name(), c.photo(), 32), BorderLayout.WEST);
    JPanel text = new JPanel(new GridLayout(2, 1));
    text.setOpaque(false);
    text.add(new JLabel(c.name() + (c.favourite() ? "  ★" : "")));
    text.add(new JLabel(String.join(", ", c.numbers().stream()
        .map(n -> ctx.phone().screening().screener().describe(n).displayNumber()).toList())));
    row.add(text, BorderLayout.CENTER);
    row.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
    for (Component child : text.getComponents()) {
      child.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
    }
    return row;
  }

  private void addDialog() {
    JTextField name = new JTextField(20);
    JTextField number = new JTextField(20);
    JCheckBox favourite = new JCheckBox(ctx.texts().get("contacts.favourite"));
    JPanel form = new JPanel(new GridLayout(0, 1, 4, 4));
    form.add(new JLabel(ctx.texts().get("contacts.name")));
    form.add(name);
    form.add(new JLabel(ctx.texts().get("contacts.number")));
    form.add(number);
    form.add(favourite);
    int answer = JOptionPane.showConfirmDialog(panel, form, ctx.texts().get("contacts.add"), JOptionPane.OK_CANCEL_OPTION,
        JOptionPane.PLAIN_MESSAGE);
    if (answer == JOptionPane.OK_OPTION) {
      add(name.getText().strip(), number.getText(), favourite.isSelected());
    }
  }

  /** Adds a contact off the EDT; a bad name or number is reported and nothing is stored. */
  void add(String name, String rawNumber, boolean favourite) {
    Optional<String> e164 = ctx.phone().screening().numbers().number(rawNumber);
    if (name.isBlank() || e164.isEmpty()) {
      ctx.showError(panel, new IllegalArgumentException(name.isBlank() ? ctx.texts().get("contacts.needName")
          : ctx.texts().get("contacts.badNumber", rawNumber)));
      return;
    }
    ctx.work().run("adding contact " + name, () -> ctx.store().contactBook()
        .add(new Contact(0, name, List.of(e164.get()), Optional.empty(), favourite)), this::refresh,
        e -> ctx.showError(panel, e));
  }

  private void delete(Contact c) {
    int answer = JOptionPane.showConfirmDialog(panel, ctx.texts().get("contacts.deleteConfirm", c.name()),
        ctx.texts().get("contacts.delete"), JOptionPane.OK_CANCEL_OPTION);
    if (answer == JOptionPane.OK_OPTION) {
      ctx.work().run("deleting contact " + c.id(), () -> ctx.store().contactBook().delete(c.id()), this::refresh,
          e -> ctx.showError(panel, e));
    }
  }

  private void importVCards() {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileFilter(new FileNameExtensionFilter("vCard", "vcf", "vcard"));
    if (chooser.showOpenDialog(panel) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    ctx.work().query("importing contacts from " + file, () -> importFrom(file), report -> {
      ctx.inform(ctx.texts().get("notice.imported", report.imported(), report.duplicates(), report.skipped()));
      refresh();
    }, e -> ctx.showError(panel, e));
  }

  private ImportReport importFrom(Path file) {
    try {
      return ctx.store().contactBook().importVCards(file, ctx.phone().screening().numbers().importNormaliser());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
  }
}
