package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.OnChange;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.common.UiContext;
import dev.vorzimmer.ui.common.UiProbe;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.HierarchyEvent;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * Add or edit one contact: name, numbers (checked as typed), favourite, photo (chosen, scaled down,
 * removable; initials when there is none). Save checks the whole form, shows what is wrong next to
 * the field, and stores off the EDT; the dialog closes only once the store has it.
 */
public final class ContactDialog {
  private final UiContext ctx;
  private final Runnable onSaved;
  private final JDialog dialog;
  private final long id;
  private final JTextField name = new JTextField(22);
  private final JLabel nameError = new JLabel(" ");
  private final JLabel formError = new JLabel(" ");
  private final JCheckBox favourite;
  private final NumberRows numbers;
  private final PhotoPicker photo;
  private final JButton save;

  private ContactDialog(UiContext ctx, Component parent, ContactDraft draft, Runnable onSaved) {
    this.ctx = ctx;
    this.onSaved = onSaved;
    this.id = draft.id();
    Texts t = ctx.texts();
    dialog =
        new JDialog(
            SwingUtilities.getWindowAncestor(parent),
            t.get(id == 0 ? "contacts.addTitle" : "contacts.editTitle"),
            Dialog.ModalityType.DOCUMENT_MODAL);
    dialog.setName("contact.dialog");
    name.setName("contact.name");
    name.setText(draft.name());
    favourite = new JCheckBox(t.get("contacts.favourite"), draft.favourite());
    favourite.setName("contact.favourite");
    numbers = new NumberRows(t, complete(ctx), display(ctx));
    numbers.set(draft.numbers());
    save = button("contact.save", "contacts.save");
    photo = new PhotoPicker(ctx, dialog, draft, name::getText, save::setEnabled);
    name.getDocument().addDocumentListener(new OnChange(photo::showPreview));
    save.addActionListener(e -> save());
    for (JLabel error : new JLabel[] {nameError, formError}) {
      FormGrid.warn(error, true);
    }
    nameError.setName("contact.name.error");
    formError.setName("contact.error");
    dialog.getContentPane().add(photo.column(), BorderLayout.WEST);
    dialog.getContentPane().add(form(), BorderLayout.CENTER);
    dialog.getContentPane().add(buttons(), BorderLayout.SOUTH);
    dialog.getRootPane().setDefaultButton(save);
    dialog
        .getRootPane()
        .registerKeyboardAction(
            e -> dialog.dispose(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
  }

  /** Shows the dialog for a new contact; {@code onSaved} runs on the EDT once it is stored. */
  static void add(UiContext ctx, Component parent, Runnable onSaved) {
    open(ctx, parent, ContactDraft.empty(), onSaved);
  }

  /**
   * Shows the dialog for a new contact with the number {@code e164} filled in (from a call or
   * message).
   */
  public static void addNumber(UiContext ctx, Component parent, String e164, Runnable onSaved) {
    open(
        ctx,
        parent,
        new ContactDraft(
            0, "", java.util.List.of(display(ctx).apply(e164)), Optional.empty(), false),
        onSaved);
  }

  /**
   * Shows the dialog for {@code contact}; {@code onSaved} runs on the EDT once the change is
   * stored.
   */
  static void edit(UiContext ctx, Component parent, Contact contact, Runnable onSaved) {
    open(ctx, parent, ContactDraft.of(contact, display(ctx)), onSaved);
  }

  private static void open(UiContext ctx, Component parent, ContactDraft draft, Runnable onSaved) {
    ContactDialog d = new ContactDialog(ctx, parent, draft, onSaved);
    d.dialog.pack();
    d.dialog.setLocationRelativeTo(parent);
    announceWhenShown(d.dialog.getRootPane(), ctx.probe());
    d.dialog.addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowOpened(java.awt.event.WindowEvent e) {
            d.name.requestFocusInWindow(); // the name first, not "Choose photo…"
          }
        });
    d.dialog.setVisible(true); // modal: returns when closed
  }

  /**
   * Tells {@code probe} when {@code c} appears on screen (a modal window opening, for the UI
   * tests).
   */
  public static void announceWhenShown(Component c, UiProbe probe) {
    c.addHierarchyListener(
        e -> {
          if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && c.isShowing()) {
            probe.changed();
          }
        });
  }

  /**
   * A number the user can rely on: recognised and complete (libphonenumber knows its kind), so
   * "0171 55" gets no tick and is not stored as +4917155.
   */
  static Function<String, Optional<String>> complete(UiContext ctx) {
    return raw ->
        ctx.phone()
            .callers()
            .numbers()
            .number(raw)
            .filter(
                e164 ->
                    ctx.phone().callers().describe(e164).lineType()
                        != dev.vorzimmer.screening.LineType.UNKNOWN);
  }

  static Function<String, String> display(UiContext ctx) {
    return e164 -> ctx.phone().callers().describe(e164).displayNumber();
  }

  private JButton button(String name, String textKey) {
    JButton b = new JButton(ctx.texts().get(textKey));
    b.setName(name);
    return b;
  }

  private JPanel form() {
    JPanel form = new JPanel(new GridBagLayout());
    form.setBorder(BorderFactory.createEmptyBorder(12, 6, 6, 12));
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.anchor = GridBagConstraints.NORTHWEST;
    form.add(new JLabel(ctx.texts().get("contacts.name")), c);
    form.add(name, c);
    form.add(nameError, c);
    c.insets = new Insets(6, 0, 0, 0);
    form.add(new JLabel(ctx.texts().get("contacts.numbers")), c);
    c.insets = new Insets(2, 0, 0, 0);
    form.add(numbers.component(), c);
    c.insets = new Insets(8, 0, 0, 0);
    form.add(favourite, c);
    c.weighty = 1;
    form.add(formError, c);
    return form;
  }

  private JPanel buttons() {
    JButton cancel = button("contact.cancel", "contacts.cancel");
    cancel.addActionListener(e -> dialog.dispose());
    JPanel bar = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 8));
    bar.add(save);
    bar.add(cancel);
    return bar;
  }

  private void save() {
    ContactDraft draft =
        new ContactDraft(
            id, name.getText(), numbers.values(), photo.photo(), favourite.isSelected());
    ContactDraft.Check check = draft.check(raw -> ctx.phone().callers().numbers().number(raw));
    numbers.showChecks();
    nameError.setText(check.nameMissing() ? ctx.texts().get("contacts.needName") : " ");
    formError.setText(check.noNumber() ? ctx.texts().get("contacts.needNumber") : " ");
    if (check.contact().isEmpty()) {
      dialog.pack();
      ctx.probe().changed();
      return;
    }
    Contact contact = check.contact().get();
    save.setEnabled(false);
    ctx.work()
        .run(
            (id == 0 ? "adding contact " : "updating contact ") + contact.name(),
            () -> {
              if (id == 0) {
                ctx.store().contactBook().add(contact);
              } else {
                ctx.store().contactBook().update(contact);
              }
            },
            () -> {
              dialog.dispose();
              onSaved.run();
            },
            e -> {
              save.setEnabled(true);
              ctx.showError(save, e); // over the dialog, which stays open with everything typed
            });
  }
}
