package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.carddav.AddressBookStatus;
import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.ui.common.Avatar;
import dev.vorzimmer.ui.contacts.VCardFilesTest;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Contacts tab of the real window under Xvfb, on a local line whose quiet hours last all day
 * (so only favourites ring): a contact is added through the dialog with two numbers and a photo,
 * made a favourite with its star, vCards are dropped onto the list, and the screener's dry run sees
 * all of it in the SQLite store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactsWindowIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final int CONTACTS_TAB = 3;
  private static final String HANNA = "Hanna Hausarzt";
  private Path work;
  private Phone phone;
  private DesktopUi ui;
  private SwingRobot robot;
  private JFrame frame;
  private LocalPhoneWindow window;

  @BeforeAll
  void start() throws Exception {
    window =
        LocalPhoneWindow.assemble(
                "vz-contacts-it",
                """
        [screening]
        quiet_hours = ["daily 00:00-24:00"]
        """)
            .open();
    work = window.work;
    phone = window.phone;
    ui = window.ui;
    robot = window.robot;
    frame = window.frame;
    phone.agent().start();
    window.showTab(CONTACTS_TAB);
  }

  @AfterAll
  void stop() {
    if (window != null) {
      window.close();
    }
  }

  @Test
  @Order(1)
  void aContactWithTwoNumbersAndAPhotoIsAddedThroughTheDialog() throws Exception {
    Path photo = work.resolve("hanna.png");
    ImageIO.write(portrait(900, 600), "png", photo.toFile());
    clickLater("contacts.add");
    robot.await(
        "contact dialog",
        WAIT,
        () -> SwingRobot.find(frame, "contact.name", JTextField.class).isPresent(),
        () -> "closed");
    SwingRobot.runOnEdt(() -> field("contact.number.0").setText("0171 55"));
    assertThat(text("contact.number.0.hint")).as("no tick for an incomplete number").isBlank();
    SwingRobot.runOnEdt(() -> field("contact.number.0").setText("abc"));
    assertThat(text("contact.number.0.hint"))
        .as("letters flagged at once")
        .startsWith("'abc' is not a complete phone number");
    SwingRobot.runOnEdt(
        () -> {
          field("contact.name").setText(HANNA);
          field("contact.number.0").setText("0211 5550123");
          button("contact.number.add").doClick();
          field("contact.number.1").setText("12ab");
          button("contact.save").doClick();
        });
    assertThat(text("contact.number.1.hint")).startsWith("'12ab' is not a complete phone number");
    assertThat(text("contact.number.0.hint")).isEqualTo("✓ 0211 5550123");
    assertThat(phone.screening().store().contactBook().list())
        .as("nothing stored while a number is wrong")
        .isEmpty();

    SwingRobot.runOnEdt(() -> field("contact.number.1").setText("+49 170 7654321"));
    choosePhoto(Files.writeString(work.resolve("fake.jpg"), "not a picture"));
    robot.await(
        "photo refused",
        WAIT,
        () -> text("contact.photo.error").contains("fake.jpg is not a PNG, JPEG or GIF image"),
        () -> text("contact.photo.error"));
    choosePhoto(photo);
    robot.await(
        "photo preview",
        WAIT,
        () ->
            SwingRobot.find(frame, "contact.photo", Avatar.class)
                .map(Avatar::showsPhoto)
                .orElse(false),
        () -> text("contact.photo.error"));
    JDialog dialog =
        SwingRobot.onEdt(
            () -> SwingRobot.find(frame, "contact.dialog", JDialog.class).orElseThrow());
    SwingRobot.screenshot(dialog, "contacts-1-dialog");
    SwingRobot.runOnEdt(() -> button("contact.save").doClick());
    robot.await("Hanna listed", WAIT, () -> listed().contains(HANNA), () -> listed().toString());
    assertThat(SwingRobot.onEdt(dialog::isDisplayable)).as("dialog closed").isFalse();

    Contact stored =
        phone.screening().store().contactBook().findByNumber("+491707654321").orElseThrow();
    assertThat(stored.name()).isEqualTo(HANNA);
    assertThat(stored.numbers()).containsExactlyInAnyOrder("+492115550123", "+491707654321");
    assertThat(stored.favourite()).isFalse();
    BufferedImage storedPhoto =
        ImageIO.read(new ByteArrayInputStream(stored.photo().orElseThrow()));
    assertThat(storedPhoto.getWidth()).isEqualTo(256);
    assertThat(storedPhoto.getHeight()).isEqualTo(256);
    assertThat(SwingRobot.onEdt(() -> rowAvatar(HANNA).showsPhoto()))
        .as("photo in the list")
        .isTrue();
  }

  @Test
  @Order(2)
  void inQuietHoursAContactGoesToVoicemailUntilTheStarMakesHerAFavourite() throws Exception {
    assertThat(dryRun("0170 7654321").verdict()).isEqualTo(Verdict.VOICEMAIL);
    int row = listed().indexOf(HANNA);
    SwingRobot.runOnEdt(
        () -> {
          JList<?> list = list();
          Rectangle cell = list.getCellBounds(row, row);
          list.dispatchEvent(
              new MouseEvent(
                  list,
                  MouseEvent.MOUSE_CLICKED,
                  System.currentTimeMillis(),
                  0,
                  cell.x + cell.width - 12,
                  cell.y + cell.height / 2,
                  1,
                  false,
                  MouseEvent.BUTTON1));
        });
    robot.await(
        "favourite notice",
        WAIT,
        () -> text("status.notice").startsWith(HANNA + " is a favourite now"),
        () -> text("status.notice"));
    assertThat(
            phone
                .screening()
                .store()
                .contactBook()
                .findByNumber("+492115550123")
                .orElseThrow()
                .favourite())
        .isTrue();
    Decision d = dryRun("0170 7654321");
    assertThat(d.verdict()).as(() -> d.reasons().toString()).isEqualTo(Verdict.RING);
    assertThat(d.reasons())
        .anyMatch(r -> r.code().equals("contact.favourite") && r.arg("name").equals(HANNA));
  }

  @Test
  @Order(3)
  void droppedVCardsAreImportedListedAfterTheFavouriteAndProblemsReported() throws Exception {
    Path vcf = Files.writeString(work.resolve("friends.vcf"), VCardFilesTest.TWO_AND_ONE_BAD);
    Path notes = Files.writeString(work.resolve("notes.txt"), "not a card");
    Transferable files =
        VCardFilesTest.transferable(
            DataFlavor.javaFileListFlavor, List.of(vcf.toFile(), notes.toFile()));
    boolean accepted =
        SwingRobot.onEdt(
            () -> {
              TransferHandler.TransferSupport drop =
                  new TransferHandler.TransferSupport(list(), files);
              return list().getTransferHandler().canImport(drop)
                  && list().getTransferHandler().importData(drop);
            });
    assertThat(accepted).as("drop accepted").isTrue();
    robot.await(
        "imported contacts listed", WAIT, () -> listed().size() == 3, () -> listed().toString());
    assertThat(listed())
        .as("favourites first, then by name")
        .containsExactly(HANNA, "Max Beispiel", "Erika Mustermann");
    assertThat(text("status.notice"))
        .startsWith(
            "2 contacts imported, 0 already known, 2 skipped: friends.vcf: card 3 'Nobody'");
    robot.await(
        "problems window",
        WAIT,
        () -> SwingRobot.find(frame, "contacts.importProblems", JTextArea.class).isPresent(),
        () -> "none");
    String problems =
        SwingRobot.onEdt(
            () ->
                SwingRobot.find(frame, "contacts.importProblems", JTextArea.class)
                    .orElseThrow()
                    .getText());
    assertThat(problems).contains("notes.txt: not a vCard file (.vcf), skipped");
    SwingRobot.runOnEdt(
        () ->
            SwingUtilities.getWindowAncestor(
                    SwingRobot.find(frame, "contacts.importProblems", JTextArea.class)
                        .orElseThrow())
                .dispose());
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "contacts.favouritesOnly", javax.swing.JCheckBox.class)
                .orElseThrow()
                .doClick());
    assertThat(listed()).as("favourites only").containsExactly(HANNA, "Max Beispiel");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "contacts.favouritesOnly", javax.swing.JCheckBox.class)
                .orElseThrow()
                .doClick());
    assertThat(listed()).hasSize(3);
    Decision erika = dryRun("030 1234567");
    assertThat(erika.verdict()).as("not a favourite: quiet hours").isEqualTo(Verdict.VOICEMAIL);
    assertThat(dryRun("+44 20 7946 0000").verdict())
        .as("imported favourite")
        .isEqualTo(Verdict.RING);
    SwingRobot.screenshot(frame, "contacts-2-list");
  }

  @Test
  @Order(4)
  void editingRenamesRemovesThePhotoAndKeepsTheFavourite() throws Exception {
    select("Erika Mustermann");
    clickLater("contacts.edit");
    robot.await(
        "edit dialog",
        WAIT,
        () -> SwingRobot.find(frame, "contact.name", JTextField.class).isPresent(),
        () -> "closed");
    assertThat(
            SwingRobot.onEdt(
                () ->
                    field("contact.number.0").getText()
                        + " / "
                        + field("contact.number.1").getText()))
        .as("numbers shown formatted, in the vCard's order")
        .isEqualTo("030 1234567 / 0170 1234567");
    select(HANNA);
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(frame, "contact.cancel", JButton.class).orElseThrow().doClick());
    clickLater("contacts.edit");
    robot.await(
        "edit dialog for Hanna",
        WAIT,
        () ->
            SwingRobot.find(frame, "contact.name", JTextField.class)
                .map(f -> f.getText().equals(HANNA))
                .orElse(false),
        () -> "closed");
    SwingRobot.runOnEdt(
        () -> {
          field("contact.name").setText("Dr. Hanna Hausarzt");
          button("contact.photo.remove").doClick();
          button("contact.number.1.remove").doClick();
        });
    assertThat(
            SwingRobot.onEdt(
                () ->
                    SwingRobot.find(frame, "contact.photo", Avatar.class).orElseThrow().initials()))
        .as("initials preview without photo")
        .isEqualTo("DH");
    SwingRobot.runOnEdt(() -> button("contact.save").doClick());
    robot.await(
        "renamed", WAIT, () -> listed().contains("Dr. Hanna Hausarzt"), () -> listed().toString());
    Contact hanna = phone.screening().store().contactBook().searchByName("Hanna").get(0);
    assertThat(hanna.photo()).isEmpty();
    assertThat(hanna.favourite()).isTrue();
    assertThat(hanna.numbers()).hasSize(1);
    assertThat(SwingRobot.onEdt(() -> rowAvatar("Dr. Hanna Hausarzt").showsPhoto())).isFalse();
  }

  @Test
  @Order(5)
  void exportWritesEveryContactAsVCard() throws Exception {
    clickLater("contacts.export");
    robot.await(
        "export chooser",
        WAIT,
        () -> SwingRobot.find(frame, "contacts.exportChooser", JFileChooser.class).isPresent(),
        () -> "no chooser");
    SwingRobot.runOnEdt(
        () -> {
          JFileChooser chooser =
              SwingRobot.find(frame, "contacts.exportChooser", JFileChooser.class).orElseThrow();
          chooser.setSelectedFile(work.resolve("backup").toFile());
          chooser.approveSelection();
        });
    Path out = work.resolve("backup.vcf");
    robot.await(
        "export notice",
        WAIT,
        () -> text("status.notice").equals("Exported 3 contacts to " + out),
        () -> text("status.notice"));
    assertThat(Files.readString(out))
        .contains("FN:Dr. Hanna Hausarzt", "FN:Max Beispiel", "FN:Erika Mustermann");
  }

  @Test
  @Order(6)
  void deletingAsksFirstAndThenTheNumberIsUnknown() throws Exception {
    select("Erika Mustermann");
    clickLater("contacts.delete");
    robot.await(
        "delete question",
        WAIT,
        () -> SwingRobot.find(frame, "contacts.deleteConfirm", JOptionPane.class).isPresent(),
        () -> "no question");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "contacts.deleteConfirm", JOptionPane.class)
                .orElseThrow()
                .setValue(JOptionPane.OK_OPTION));
    robot.await(
        "Erika gone",
        WAIT,
        () -> !listed().contains("Erika Mustermann"),
        () -> listed().toString());
    assertThat(phone.screening().store().contactBook().findByNumber("+49301234567")).isEmpty();
    assertThat(dryRun("030 1234567").reasons())
        .noneMatch(r -> r.args().containsValue("Erika Mustermann"));
  }

  @Test
  @Order(7)
  void aSyncedContactShowsItsSourceIsChangedThereAndTheSyncSaysHowItWent() throws Exception {
    URI book = URI.create("https://cloud.example.org/remote.php/dav/addressbooks/users/anna/c/");
    phone
        .screening()
        .store()
        .contactBook()
        .replaceSource(
            "carddav:" + book,
            List.of(new Contact(0, "Susi Sync", List.of("+4930111222"), Optional.empty(), false)));
    Instant at = Instant.parse("2026-12-03T13:05:00Z");
    String time = DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(ZoneId.systemDefault()));
    phone
        .addressBooks()
        .record(
            new AddressBookStatus(
                book, "contacts", false, at, 1, AddressBookStatus.Trouble.REFUSED, "HTTP 401"));

    robot.await(
        "synced contact listed",
        WAIT,
        () -> listed().contains("Susi Sync"),
        () -> listed().toString());
    assertThat(text("contacts.syncStatus.cloud.example.org"))
        .isEqualTo(
            "cloud.example.org: user or password refused at "
                + time
                + " (check password_file); the copy of the last sync stays (1 entry).");
    select("Susi Sync");
    assertThat(SwingRobot.onEdt(() -> rowTexts("Susi Sync"))).contains("from cloud.example.org");
    assertThat(SwingRobot.onEdt(() -> button("contacts.edit").isEnabled()))
        .as("a synced contact is changed on its server")
        .isFalse();
    assertThat(SwingRobot.onEdt(() -> button("contacts.delete").isEnabled())).isFalse();
    select("Max Beispiel");
    assertThat(SwingRobot.onEdt(() -> button("contacts.edit").isEnabled()))
        .as("a contact entered here stays editable")
        .isTrue();
  }

  /** The texts of the labels in {@code name}'s row; EDT only. */
  private List<String> rowTexts(String name) throws Exception {
    JList<Contact> list = list();
    int row = listed().indexOf(name);
    Component cell =
        list.getCellRenderer()
            .getListCellRendererComponent(
                list, list.getModel().getElementAt(row), row, false, false);
    List<String> texts = new ArrayList<>();
    collectLabels(cell, texts);
    return texts;
  }

  private static void collectLabels(Component c, List<String> into) {
    if (c instanceof JLabel l && l.getText() != null) {
      into.add(l.getText());
    }
    if (c instanceof Container box) {
      for (Component child : box.getComponents()) {
        collectLabels(child, into);
      }
    }
  }

  private void select(String name) throws Exception {
    int row = listed().indexOf(name);
    assertThat(row).as(name + " listed").isNotNegative();
    SwingRobot.runOnEdt(() -> list().setSelectedIndex(row));
  }

  private Decision dryRun(String number) {
    return phone.screening().screener().dryRun(Caller.of(number));
  }

  /** A wide portrait: the centre (kept by the square crop) is blue. */
  private static BufferedImage portrait(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0xE8C39E));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(0x3D6FB6));
    g.fillOval(w / 2 - h / 3, h / 6, h * 2 / 3, h * 2 / 3);
    g.dispose();
    return img;
  }

  private void choosePhoto(Path file) throws Exception {
    clickLater("contact.photo.choose");
    robot.await(
        "photo chooser",
        WAIT,
        () -> SwingRobot.find(frame, "contact.photoChooser", JFileChooser.class).isPresent(),
        () -> "no chooser");
    SwingRobot.runOnEdt(
        () -> {
          JFileChooser chooser =
              SwingRobot.find(frame, "contact.photoChooser", JFileChooser.class).orElseThrow();
          chooser.setSelectedFile(file.toFile());
          chooser.approveSelection();
        });
  }

  private void clickLater(String name) throws Exception {
    JButton b = SwingRobot.get(frame, name, JButton.class);
    SwingUtilities.invokeLater(b::doClick); // opens a modal window: must not wait for it
  }

  private JTextField field(String name) {
    return SwingRobot.find(frame, name, JTextField.class)
        .orElseThrow(() -> new AssertionError("no " + name));
  }

  private JButton button(String name) {
    return SwingRobot.find(frame, name, JButton.class)
        .orElseThrow(() -> new AssertionError("no " + name));
  }

  private String text(String name) throws Exception {
    return SwingRobot.onEdt(
        () -> SwingRobot.find(frame, name, JLabel.class).map(JLabel::getText).orElse("<none>"));
  }

  @SuppressWarnings("unchecked")
  private JList<Contact> list() {
    return SwingRobot.find(frame, "contacts.list", JList.class).orElseThrow();
  }

  private List<String> listed() throws Exception {
    return SwingRobot.onEdt(
        () -> {
          List<String> names = new ArrayList<>();
          for (int i = 0; i < list().getModel().getSize(); i++) {
            names.add(list().getModel().getElementAt(i).name());
          }
          return names;
        });
  }

  /** The avatar the list paints for {@code name}'s row; EDT only. */
  private Avatar rowAvatar(String name) throws Exception {
    JList<Contact> list = list();
    int row = listed().indexOf(name);
    Component cell =
        list.getCellRenderer()
            .getListCellRendererComponent(
                list, list.getModel().getElementAt(row), row, false, false);
    return findAvatar(cell)
        .orElseThrow(() -> new AssertionError("no avatar in the row of " + name));
  }

  private static Optional<Avatar> findAvatar(Component c) {
    if (c instanceof Avatar a) {
      return Optional.of(a);
    }
    if (c instanceof Container box) {
      for (Component child : box.getComponents()) {
        Optional<Avatar> hit = findAvatar(child);
        if (hit.isPresent()) {
          return hit;
        }
      }
    }
    return Optional.empty();
  }
}
