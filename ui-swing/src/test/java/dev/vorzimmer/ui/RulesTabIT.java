package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Rules tab of the real window under Xvfb, on a phone assembled in-process as a local line:
 * settings saved there reach config.toml and the next decision; block lists are imported and
 * exported through the file choosers a user would use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesTabIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final int RULES_TAB = 2;
  private Path work;
  private AppHome home;
  private Phone phone;
  private DesktopUi ui;
  private SwingRobot robot;
  private JFrame frame;
  private LocalPhoneWindow window;

  @BeforeAll
  void start() throws Exception {
    window =
        LocalPhoneWindow.assemble(
            "vz-rules-it",
            """

        [screening]
        region = "DE"
        """);
    Files.writeString(
        window.home.configFile(), "# my phone\n" + Files.readString(window.home.configFile()));
    window.open();
    work = window.work;
    home = window.home;
    phone = window.phone;
    ui = window.ui;
    robot = window.robot;
    frame = window.frame;
    window.showTab(RULES_TAB);
  }

  @AfterAll
  void stop() {
    if (window != null) {
      window.close();
    }
  }

  private String label(String name) throws Exception {
    return SwingRobot.onEdt(
        () -> SwingRobot.find(frame, name, JLabel.class).map(JLabel::getText).orElse("<none>"));
  }

  private void check(String number) throws Exception {
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "rules.number", JTextField.class).orElseThrow().setText(number));
  }

  /** Shows the Rules tab's settings (0), after-a-call (1), block list (2) or allow list (3). */
  private void section(int index) throws Exception {
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "rules.sections", JTabbedPane.class)
                .orElseThrow()
                .setSelectedIndex(index));
  }

  private void click(String button) throws Exception {
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(frame, button, JButton.class).orElseThrow().doClick());
  }

  /** Clicks a button that opens a file chooser, then picks {@code file} in it as a user would. */
  private void chooseFile(String button, Path file) throws Exception {
    JButton b = SwingRobot.get(frame, button, JButton.class);
    SwingUtilities.invokeLater(
        b::doClick); // the chooser is modal: don't wait for the click to return
    String chooserName = button.substring(0, button.lastIndexOf('.')) + ".chooser";
    robot.await(
        "file chooser",
        WAIT,
        () -> SwingRobot.find(frame, chooserName, JFileChooser.class).isPresent(),
        () -> "no chooser");
    SwingRobot.runOnEdt(
        () -> {
          JFileChooser chooser =
              SwingRobot.find(frame, chooserName, JFileChooser.class).orElseThrow();
          chooser.setSelectedFile(file.toFile());
          chooser.approveSelection();
        });
  }

  private List<String> blockRows() throws Exception {
    return SwingRobot.onEdt(
        () -> {
          JTable t = SwingRobot.find(frame, "lists.block.table", JTable.class).orElseThrow();
          List<String> out = new ArrayList<>();
          for (int r = 0; r < t.getRowCount(); r++) {
            out.add(t.getValueAt(r, 0) + " | " + t.getValueAt(r, 1) + " | " + t.getValueAt(r, 3));
          }
          return out;
        });
  }

  @Test
  @Order(1)
  void unknownNumbersRingAfterSavingAndTheCheckBoxShowsItAtOnce() throws Exception {
    section(0);
    check("0176 99887766");
    robot.await(
        "voicemail verdict",
        WAIT,
        () -> label("rules.verdict").startsWith("Voicemail"),
        () -> label("rules.verdict"));
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "rules.unknown", JComboBox.class)
                .orElseThrow()
                .setSelectedIndex(1));
    click("rules.save");
    robot.await(
        "saved",
        WAIT,
        () -> label("rules.result").startsWith("Saved"),
        () -> label("rules.result"));
    robot.await(
        "ring verdict",
        WAIT,
        () -> label("rules.verdict").startsWith("Rings"),
        () -> label("rules.verdict"));
    SwingRobot.screenshot(frame, "rules-settings");
    String config = Files.readString(home.configFile());
    assertThat(config)
        .startsWith("# my phone\n")
        .contains("[screening]\nregion = \"DE\"\nunknown = \"ring\"\n");
    assertThat(new ConfigLoader().load(home.configFile()).screening().unknownVerdict().name())
        .isEqualTo("RING");
  }

  @Test
  @Order(2)
  void aBadSettingIsExplainedAndNothingIsSaved() throws Exception {
    String before = Files.readString(home.configFile());
    SwingRobot.runOnEdt(
        () -> {
          SwingRobot.find(frame, "rules.quiet", javax.swing.JCheckBox.class)
              .orElseThrow()
              .setSelected(true);
          SwingRobot.find(frame, "rules.quietFrom", javax.swing.JComboBox.class)
              .orElseThrow()
              .setSelectedItem("25:00");
        });
    click("rules.save");
    robot.await(
        "error shown",
        WAIT,
        () -> label("rules.result").contains("25:00"),
        () -> label("rules.result"));
    assertThat(label("rules.result")).isEqualTo("\"25:00\" is not a time: write HH:MM, e.g. 22:00");
    assertThat(Files.readString(home.configFile())).isEqualTo(before);
    SwingRobot.runOnEdt(
        () -> {
          SwingRobot.find(frame, "rules.quietFrom", javax.swing.JComboBox.class)
              .orElseThrow()
              .setSelectedItem("22:00");
          SwingRobot.find(frame, "rules.quiet", javax.swing.JCheckBox.class)
              .orElseThrow()
              .setSelected(false);
        });
  }

  @Test
  @Order(2)
  void languagesAreTickedByNameNotTypedAsCodes() throws Exception {
    assertThat(
            SwingRobot.onEdt(
                () ->
                    SwingRobot.find(frame, "rules.language.fr", javax.swing.JCheckBox.class)
                        .orElseThrow()
                        .getText()))
        .isEqualTo("French");
    assertThat(
            SwingRobot.onEdt(
                () ->
                    SwingRobot.find(frame, "rules.language.de", javax.swing.JCheckBox.class)
                        .orElseThrow()
                        .isSelected()))
        .as("the default languages are ticked")
        .isTrue();
  }

  @Test
  @Order(3)
  void quietHoursSwitchedOnSendTheNextCallerToVoicemail() throws Exception {
    section(0);
    SwingRobot.runOnEdt(
        () -> {
          SwingRobot.find(frame, "rules.quiet", JCheckBox.class).orElseThrow().setSelected(true);
          SwingRobot.find(frame, "rules.quietFrom", JComboBox.class)
              .orElseThrow()
              .setSelectedItem("00:00");
          SwingRobot.find(frame, "rules.quietTo", JComboBox.class)
              .orElseThrow()
              .setSelectedItem("24:00");
          for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            SwingRobot.find(frame, "rules.quietDay." + d, JToggleButton.class)
                .orElseThrow()
                .setSelected(true);
          }
        });
    click("rules.save");
    robot.await(
        "quiet verdict",
        WAIT,
        () -> label("rules.verdict").startsWith("Voicemail"),
        () -> label("rules.verdict"));
    assertThat(
            SwingRobot.onEdt(
                () ->
                    SwingRobot.find(frame, "rules.reasons", JTextArea.class)
                        .orElseThrow()
                        .getText()))
        .endsWith("quiet hours (daily 00:00-24:00)");
    assertThat(Files.readString(home.configFile()))
        .contains("quiet_hours = [\"daily 00:00-24:00\"]");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "rules.quiet", JCheckBox.class)
                .orElseThrow()
                .setSelected(false));
    click("rules.save");
    robot.await(
        "rings again",
        WAIT,
        () -> label("rules.verdict").startsWith("Rings"),
        () -> label("rules.verdict"));
    assertThat(Files.readString(home.configFile())).contains("quiet_hours = []");
  }

  @Test
  @Order(3)
  void severalQuietSpansAreAddedRemovedAndSaved() throws Exception {
    section(0);
    SwingRobot.runOnEdt(
        () -> {
          SwingRobot.find(frame, "rules.quiet", JCheckBox.class).orElseThrow().setSelected(true);
          SwingRobot.find(frame, "rules.quietFrom", JComboBox.class)
              .orElseThrow()
              .setSelectedItem("22:00");
          SwingRobot.find(frame, "rules.quietTo", JComboBox.class)
              .orElseThrow()
              .setSelectedItem("07:00");
          for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            SwingRobot.find(frame, "rules.quietDay." + d, JToggleButton.class)
                .orElseThrow()
                .setSelected(true);
          }
        });
    click("rules.quietAdd");
    click("rules.quietAdd");
    SwingRobot.runOnEdt(
        () -> {
          SwingRobot.find(frame, "rules.quietFrom.2", JComboBox.class)
              .orElseThrow()
              .setSelectedItem("13:00");
          SwingRobot.find(frame, "rules.quietTo.2", JComboBox.class)
              .orElseThrow()
              .setSelectedItem("15:00");
        });
    click("rules.quietRemove.1"); // the first added span (12:00-14:00) goes; 13:00-15:00 is .1 now
    assertThat(SwingRobot.onEdt(() -> SwingRobot.find(frame, "rules.quietFrom.2", JComboBox.class)))
        .as("two spans left")
        .isEmpty();
    SwingRobot.runOnEdt(
        () -> SwingRobot.find(frame, "rules.result", JLabel.class).orElseThrow().setText(""));
    click("rules.save");
    // the window shows what was saved (and says so) after the phone took it: wait for both
    robot.await(
        "saved",
        WAIT,
        () ->
            phone.screening().screener().config().quietHours().size() == 2
                && label("rules.result").startsWith("Saved"),
        () -> label("rules.result"));
    String config = Files.readString(home.configFile());
    assertThat(config)
        .contains("daily 22:00-07:00")
        .contains("13:00-15:00")
        .doesNotContain("12:00-14:00");
    SwingRobot.runOnEdt(
        () ->
            SwingRobot.find(frame, "rules.quiet", JCheckBox.class)
                .orElseThrow()
                .setSelected(false));
    click("rules.save");
    robot.await(
        "quiet hours off again",
        WAIT,
        () -> phone.screening().screener().config().quietHours().isEmpty(),
        () -> label("rules.result"));
  }

  @Test
  @Order(4)
  void aBlockListIsImportedWithItsBadLineReportedThenExported() throws Exception {
    Path list =
        Files.writeString(
            work.resolve("callcentres.txt"),
            String.join(
                    "\n",
                    "# call centres",
                    "+49 89 111222,sales calls",
                    "0211 555*,whole range",
                    "not a number",
                    "030 9876543")
                + "\n");
    section(2);
    chooseFile("lists.block.import", list);
    robot.await(
        "imported numbers listed",
        WAIT,
        () -> blockRows().size() == 3,
        () -> blockRows().toString());
    assertThat(blockRows())
        .containsExactlyInAnyOrder(
            "+49309876543 |  | imported from callcentres.txt",
            "+4989111222 | sales calls | imported from callcentres.txt",
            "+49211555* | whole range | imported from callcentres.txt");
    String problems =
        SwingRobot.onEdt(
            () ->
                SwingRobot.find(frame, "lists.block.problems", JTextArea.class)
                    .orElseThrow()
                    .getText());
    assertThat(problems)
        .startsWith("Some lines of callcentres.txt were skipped:")
        .contains("callcentres.txt:4:");
    assertThat(label("status.notice"))
        .isEqualTo(
            "Imported 3 entries from callcentres.txt; 0 duplicate(s), 1 bad line(s) skipped");
    check("089 111222");
    robot.await(
        "rejected verdict",
        WAIT,
        () -> label("rules.verdict").startsWith("Rejected"),
        () -> label("rules.verdict"));
    SwingRobot.screenshot(frame, "rules-tab");

    Path exported = work.resolve("exported.txt");
    chooseFile("lists.block.export", exported);
    robot.await(
        "export saved",
        WAIT,
        () -> label("status.notice").startsWith("Saved the list to"),
        () -> label("status.notice"));
    assertThat(Files.readAllLines(exported))
        .filteredOn(l -> !l.startsWith("#"))
        .containsExactlyInAnyOrder(
            "+49211555*,whole range", "+4989111222,sales calls", "+49309876543");
  }

  @Test
  @Order(5)
  void anEntryAddedByHandCanBeRemovedAgain() throws Exception {
    section(2);
    SwingRobot.runOnEdt(
        () -> {
          SwingRobot.find(frame, "lists.block.pattern", JTextField.class)
              .orElseThrow()
              .setText("0176 555 0000");
          SwingRobot.find(frame, "lists.block.reason", JTextField.class)
              .orElseThrow()
              .setText("pest");
        });
    click("lists.block.add");
    robot.await(
        "added",
        WAIT,
        () -> blockRows().contains("+491765550000 | pest | added by you"),
        () -> blockRows().toString());
    SwingRobot.runOnEdt(
        () -> {
          JTable t = SwingRobot.find(frame, "lists.block.table", JTable.class).orElseThrow();
          for (int r = 0; r < t.getRowCount(); r++) {
            if ("+491765550000".equals(t.getValueAt(r, 0))) {
              t.setRowSelectionInterval(r, r);
            }
          }
        });
    click("lists.block.remove");
    robot.await("removed", WAIT, () -> blockRows().size() == 3, () -> blockRows().toString());
    assertThat(label("status.notice")).isEqualTo("Removed +491765550000");
  }

  @Test
  @Order(6)
  void blockedNumbersAreTurnedAwayAsChosenInASentenceAndTheOldKeyGoesAway() throws Exception {
    new dev.vorzimmer.app.config.ConfigEditor(home.configFile())
        .set("screening", java.util.Map.of("reject_status", 486)); // a config from before
    section(1);
    String sentence =
        SwingRobot.onEdt(
            () ->
                SwingRobot.find(frame, "rules.rejectWith", JComboBox.class)
                    .orElseThrow()
                    .getItemAt(3)
                    .toString());
    assertThat(sentence).isEqualTo("\"Number not available\" (tones and announcement, then 404)");
    SwingRobot.runOnEdt(
        () -> {
          SwingRobot.find(frame, "rules.rejectWith", JComboBox.class)
              .orElseThrow()
              .setSelectedIndex(3);
          SwingRobot.find(frame, "rules.followUp.save", JButton.class).orElseThrow().doClick();
        });
    robot.await(
        "saved",
        WAIT,
        () -> label("rules.followUp.result").startsWith("Saved"),
        () -> label("rules.followUp.result"));
    assertThat(Files.readString(home.configFile()))
        .contains("reject_with = \"unavailable\"")
        .doesNotContain("reject_status");
    dev.vorzimmer.screening.Decision blocked =
        phone.screening().screener().dryRun(dev.vorzimmer.screening.Caller.of("+4989111222"));
    assertThat(blocked.rejectStatus()).isEqualTo(404);
    assertThat(blocked.intercept()).as("SIT tones and the announcement first").isTrue();
  }
}
