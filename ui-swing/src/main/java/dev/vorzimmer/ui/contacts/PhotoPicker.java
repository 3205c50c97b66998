package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.ui.common.Avatar;
import dev.vorzimmer.ui.common.FormGrid;
import dev.vorzimmer.ui.common.UiContext;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact dialog's photo column: the photo scaled for the screen (or the initials of the name
 * as typed), Choose photo… (read and scaled off the EDT; a file that is no image is said in place)
 * and Remove. EDT only.
 */
final class PhotoPicker {
  private static final Logger log = LoggerFactory.getLogger(PhotoPicker.class);
  static final int PREVIEW = 96;
  private final UiContext ctx;
  private final JDialog dialog;
  private final long id;
  private final Supplier<String> name;
  private final Consumer<Boolean> saveEnabled;
  private final JPanel preview = new JPanel(new BorderLayout());
  private final PhotoCache previews = new PhotoCache();
  private final JLabel photoError = new JLabel(" ");
  private final JButton removePhoto;
  private Optional<byte[]> photo;

  /**
   * @param name the name as typed (for the initials)
   * @param saveEnabled told to disable Save while a chosen photo is read, and to enable it again
   */
  PhotoPicker(
      UiContext ctx,
      JDialog dialog,
      ContactDraft draft,
      Supplier<String> name,
      Consumer<Boolean> saveEnabled) {
    this.ctx = ctx;
    this.dialog = dialog;
    this.id = draft.id();
    this.name = name;
    this.saveEnabled = saveEnabled;
    this.photo = draft.photo();
    FormGrid.warn(photoError, true);
    photoError.setName("contact.photo.error");
    removePhoto = new JButton(ctx.texts().get("contacts.photo.remove"));
    removePhoto.setName("contact.photo.remove");
    removePhoto.addActionListener(e -> setPhoto(Optional.empty()));
  }

  Optional<byte[]> photo() {
    return photo;
  }

  JPanel column() {
    JButton choose = new JButton(ctx.texts().get("contacts.photo.choose"));
    choose.setName("contact.photo.choose");
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
    setPhoto(photo);
    return column;
  }

  private void setPhoto(Optional<byte[]> bytes) {
    photo = bytes;
    photoError.setText(" ");
    showPreview();
    removePhoto.setEnabled(bytes.isPresent());
  }

  /** The photo scaled for this screen, or the initials of the name as typed. */
  void showPreview() {
    preview.removeAll();
    int px = PhotoCache.devicePixels(dialog, PREVIEW);
    Optional<BufferedImage> image = photo.flatMap(b -> previews.get(id, b, px));
    String typed = name.get();
    Avatar avatar = Avatar.decoded(typed.isBlank() ? "?" : typed, image, PREVIEW);
    avatar.setName("contact.photo");
    preview.add(avatar, BorderLayout.CENTER);
    preview.revalidate();
    preview.repaint();
  }

  private void choosePhoto() {
    JFileChooser chooser = new JFileChooser();
    chooser.setName("contact.photoChooser");
    ContactDialog.announceWhenShown(chooser, ctx.probe());
    chooser.setFileFilter(
        new FileNameExtensionFilter(
            ctx.texts().get("contacts.photo.files"), "png", "jpg", "jpeg", "gif"));
    if (chooser.showOpenDialog(dialog) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    saveEnabled.accept(false); // until the photo is read: Save never stores the form without it
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
    saveEnabled.accept(true);
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
}
