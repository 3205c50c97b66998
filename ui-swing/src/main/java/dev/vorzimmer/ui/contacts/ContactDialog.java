package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.ui.common.Avatar;
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
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Add or edit one contact: name, numbers (checked as typed), favourite, photo (chosen, scaled down,
 * removable; initials when there is none). Save checks the whole form, shows what is wrong next to
 * the field, and stores off the EDT; the dialog closes only once the store has it.
 */
public final class ContactDialog {
  private static final Logger log = LoggerFactory.getLogger(ContactDialog.class);
  static final int PREVIEW = 96;
  private final UiContext ctx;
  private final Runnable onSaved;
  private final JDialog dialog;
  private final long id;
  private final JTextField name = new JTextField(22);
  private final JLabel nameError = new JLabel(" ");
  private final JLabel formError = new JLabel(" ");
  private final JLabel photoError = new JLabel(" ");
  private final JCheckBox favourite;
  private final NumberRows numbers;
  private final JPanel preview = new JPanel(new BorderLayout());
  private final PhotoCache previews = new PhotoCache();
  private final JButton removePhoto;
  private final JButton save;
  private Optional<byte[]> photo;

  private ContactDialog(UiContext ctx, Component parent, ContactDraft draft, Runnable onSaved) {
    this.ctx = ctx;
    this.onSaved = onSaved;
    this.id = draft.id();
    this.photo = draft.photo();
    Texts t = ctx.texts();
    dialog =
        new JDialog(
            SwingUtilities.getWindowAncestor(parent),
            t.get(id == 0 ? "contacts.addTitle" : "contacts.editTitle"),
            Dialog.ModalityType.DOCUMENT_MODAL);
    dialog.setName("contact.dialog");
    name.setName("contact.name");
    name.setText(draft.name());
    name.getDocument().addDocumentListener(new OnChange(this::showPreview));
    favourite = new JCheckBox(t.get("contacts.favourite"), draft.favourite());
    favourite.setName("contact.favourite");
    numbers = new NumberRows(t, complete(ctx), display(ctx));
    numbers.set(draft.numbers());
    removePhoto = button("contact.photo.remove", "contacts.photo.remove");
    removePhoto.addActionListener(e -> setPhoto(Optional.empty()));
    save = button("contact.save", "contacts.save");
    save.addActionListener(e -> save());
    for (JLabel error : new JLabel[] {nameError, formError, photoError}) {
      FormGrid.warn(error, true);
    }
    nameError.setName("contact.name.error");
    formError.setName("contact.error");
    photoError.setName("contact.photo.error");
    dialog.getContentPane().add(photoColumn(), BorderLayout.WEST);
    dialog.getContentPane().add(form(), BorderLayout.CENTER);
    dialog.getContentPane().add(buttons(), BorderLayout.SOUTH);
    dialog.getRootPane().setDefaultButton(save);
    dialog
        .getRootPane()
        .registerKeyboardAction(
            e -> dialog.dispose(),
            KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            JComponent.WHEN_IN_FOCUSED_WINDOW);
    setPhoto(photo);
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
            .screening()
            .numbers()
            .number(raw)
            .filter(
                e164 ->
                    ctx.phone().screening().screener().describe(e164).lineType()
                        != dev.vorzimmer.screening.LineType.UNKNOWN);
  }

  static Function<String, String> display(UiContext ctx) {
    return e164 -> ctx.phone().screening().screener().describe(e164).displayNumber();
  }

  private JButton button(String name, String textKey) {
    JButton b = new JButton(ctx.texts().get(textKey));
    b.setName(name);
    return b;
  }

  private JPanel photoColumn() {
    JButton choose = button("contact.photo.choose", "contacts.photo.choose");
    choose.addActionListener(e -> choosePhoto());
    JPanel column = new JPanel(new GridBagLayout());
    column.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 6));
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.insets = new Insets(0, 0, 6, 0);
    c.fill = GridBagConstraints.HORIZONTAL;
    column.add(preview, c);
    column.add(choose, c);
    column.add(removePhoto, c);
    c.weighty = 1;
    column.add(photoError, c);
    return column;
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

  private void setPhoto(Optional<byte[]> bytes) {
    photo = bytes;
    photoError.setText(" ");
    showPreview();
    removePhoto.setEnabled(bytes.isPresent());
  }

  /** The photo scaled for this screen, or the initials of the name as typed. */
  private void showPreview() {
    preview.removeAll();
    int px = PhotoCache.devicePixels(dialog, PREVIEW);
    Optional<BufferedImage> image = photo.flatMap(b -> previews.get(id, b, px));
    Avatar avatar = Avatar.decoded(name.getText().isBlank() ? "?" : name.getText(), image, PREVIEW);
    avatar.setName("contact.photo");
    preview.add(avatar, BorderLayout.CENTER);
    preview.revalidate();
    preview.repaint();
  }

  private void choosePhoto() {
    JFileChooser chooser = new JFileChooser();
    chooser.setName("contact.photoChooser");
    announceWhenShown(chooser, ctx.probe());
    chooser.setFileFilter(
        new FileNameExtensionFilter(
            ctx.texts().get("contacts.photo.files"), "png", "jpg", "jpeg", "gif"));
    if (chooser.showOpenDialog(dialog) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    save.setEnabled(false); // until the photo is read, so Save never stores the form without it
    ctx.work()
        .query(
            "reading photo " + file,
            () -> readPhoto(file),
            this::photoRead,
            e -> photoRead(new PhotoRead(Optional.empty(), String.valueOf(e.getMessage()))));
  }

  private void photoRead(PhotoRead read) {
    if (read.bytes().isPresent()) {
      setPhoto(read.bytes());
    } else {
      photoError.setText(ctx.texts().get("contacts.photo.bad", read.problem()));
    }
    save.setEnabled(true);
    ctx.probe().changed();
  }

  /** A chosen photo file read: the stored bytes, or why the file cannot be used. */
  private record PhotoRead(Optional<byte[]> bytes, String problem) {}

  /**
   * Reads and scales a photo file; a file that is no usable image is the user's mistake, not a
   * failure.
   */
  private static PhotoRead readPhoto(Path file) {
    try {
      return new PhotoRead(Optional.of(ContactPhotos.fromFile(file)), "");
    } catch (IOException e) {
      log.info("photo {} not used: {}", file, e.getMessage());
      return new PhotoRead(Optional.empty(), e.getMessage());
    }
  }

  private void save() {
    ContactDraft draft =
        new ContactDraft(id, name.getText(), numbers.values(), photo, favourite.isSelected());
    ContactDraft.Check check = draft.check(raw -> ctx.phone().screening().numbers().number(raw));
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
