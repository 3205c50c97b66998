package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonJson;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The window in German under Xvfb, with calls, a message and list entries stored in codes: every
 * tab (and the Rules tab's sections, its "check a number" and the menus) shows no English word.
 * Screenshots of each tab go to {@code target/screenshots/german-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GermanWindowIT {
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Common English words of the window and its reasons. */
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "and",
          "number",
          "numbers",
          "call",
          "calls",
          "caller",
          "contact",
          "contacts",
          "message",
          "messages",
          "settings",
          "rules",
          "block",
          "blocked",
          "blocklist",
          "allow",
          "save",
          "cancel",
          "add",
          "remove",
          "import",
          "export",
          "unknown",
          "from",
          "with",
          "withheld",
          "anonymous",
          "landline",
          "mobile",
          "quiet",
          "hours",
          "ring",
          "rings",
          "rang",
          "reject",
          "rejected",
          "answered",
          "missed",
          "why",
          "play",
          "delete",
          "search",
          "favourite",
          "within",
          "not",
          "germany",
          "france",
          "added",
          "by",
          "you",
          "range",
          "robot",
          "distinct",
          "callers",
          "until",
          "always",
          "reason",
          "source",
          "time",
          "open",
          "file",
          "help",
          "view",
          "language",
          "theme",
          "quit",
          "new",
          "edit",
          "yes",
          "no");

  private LocalPhoneWindow window;

  @BeforeAll
  void start() throws Exception {
    window =
        LocalPhoneWindow.assemble(
            "vz-german-it", "\n[screening]\nregion = \"DE\"\nlanguages = [\"de\"]\n");
    storeCallsMessagesAndLists(window.phone.screening().store());
    window.open(Locale.GERMAN);
  }

  @AfterAll
  void stop() {
    if (window != null) {
      window.close();
    }
  }

  @Test
  void noEnglishWordInAnyTab() throws Exception {
    JTabbedPane tabs = SwingRobot.get(window.frame, "tabs", JTabbedPane.class);
    int count = SwingRobot.onEdt(tabs::getTabCount);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      window.showTab(i);
      if (i == 0) {
        awaitRows("calls.table");
      }
      seen.addAll(texts(window.frame, "#" + i));
      SwingRobot.screenshot(window.frame, "german-tab-" + i);
    }
    window.showTab(indexOfRules(tabs));
    Optional<JTabbedPane> sections =
        SwingRobot.find(window.frame, "rules.sections", JTabbedPane.class);
    assertThat(sections).as("the Rules tab's sections").isPresent();
    {
      for (int s = 0; s < SwingRobot.onEdt(sections.get()::getTabCount); s++) {
        int section = s;
        SwingRobot.runOnEdt(() -> sections.get().setSelectedIndex(section));
        seen.addAll(texts(window.frame, "#r" + s));
        SwingRobot.screenshot(window.frame, "german-rules-" + s);
      }
      SwingRobot.runOnEdt(
          () ->
              SwingRobot.find(window.frame, "rules.number", JTextField.class)
                  .orElseThrow()
                  .setText("+33 1 23 45 67 89"));
      window.robot.await("check a number", WAIT, () -> !reasons().isBlank(), this::reasons);
      assertThat(reasons()).contains("Ausland: Frankreich");
      seen.add("#check: " + reasons());
    }
    seen.addAll(SwingRobot.onEdt(() -> menus(window.frame.getJMenuBar())));

    List<String> english = new ArrayList<>();
    for (String text : seen) {
      String withoutNames = text.replace("T-Mobile", "");
      for (String word : withoutNames.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (ENGLISH.contains(word)) {
          english.add(word + " in «" + text + "»");
        }
      }
    }
    assertThat(english).as("English words in the German window").isEmpty();
    assertThat(String.join("\n", seen))
        .contains("nicht innerhalb von 25 s angenommen")
        .contains("Kontakt Praxis Dr. Schulz")
        .contains("Wählautomat: 3 verschiedene Anrufer in 4 min");
  }

  private static void storeCallsMessagesAndLists(ScreeningStore store) throws Exception {
    Instant now = Instant.now();
    store.contactBook();
    store
        .callLog()
        .logCall(
            now.minusSeconds(600),
            "030 1234567",
            Optional.of("+49301234567"),
            "",
            "RING",
            List.of(
                Reason.of("caller", "line", "FIXED", "place", "München", "country", "DE"),
                Reason.of("contact", "name", "Praxis Dr. Schulz")),
            "answered");
    store
        .callLog()
        .logCall(
            now.minusSeconds(300),
            "01701234567",
            Optional.of("+491701234567"),
            "",
            "VOICEMAIL",
            List.of(
                Reason.of("caller", "line", "MOBILE", "country", "DE", "carrier", "Telekom"),
                Reason.of("unanswered", "seconds", 25)),
            "voicemail");
    store
        .callLog()
        .logCall(
            now.minusSeconds(60),
            "number withheld",
            Optional.empty(),
            "",
            "VOICEMAIL",
            List.of(Reason.of("no-number", "presentation", "WITHHELD")),
            "missed");
    var wav = Files.createTempFile("vz-german", ".wav");
    store
        .messages()
        .create(
            now.minusSeconds(290),
            "+491701234567",
            "0170 1234567",
            List.of(Reason.of("unknown")),
            wav);
    store.listStore().add("+4930111222", ListKind.BLOCK, "", "ui", Optional.empty());
    store
        .listStore()
        .add(
            "+4922155599*",
            ListKind.BLOCK,
            ReasonJson.write(Reason.of("robot.entry", "count", 3, "seconds", 240)),
            "robot-range",
            Optional.empty());
  }

  private int indexOfRules(JTabbedPane tabs) throws Exception {
    return SwingRobot.onEdt(
        () -> {
          for (int i = 0; i < tabs.getTabCount(); i++) {
            if (contains(tabs.getComponentAt(i), "rules.sections")) {
              return i;
            }
          }
          return 0;
        });
  }

  private static boolean contains(Component c, String name) {
    if (name.equals(c.getName())) {
      return true;
    }
    if (c instanceof Container parent) {
      for (Component child : parent.getComponents()) {
        if (contains(child, name)) {
          return true;
        }
      }
    }
    return false;
  }

  private String reasons() throws Exception {
    return SwingRobot.onEdt(
        () ->
            SwingRobot.find(window.frame, "rules.reasons", JTextArea.class)
                .map(JTextArea::getText)
                .orElse(""));
  }

  private void awaitRows(String table) throws Exception {
    window.robot.await(
        table + " filled",
        WAIT,
        () ->
            SwingRobot.find(window.frame, table, JTable.class)
                .map(t -> t.getRowCount() > 0)
                .orElse(true),
        () -> "no rows");
  }

  /** Every text a user can read in the showing part of {@code root}. */
  private static List<String> texts(Container root, String where) throws Exception {
    return SwingRobot.onEdt(
        () -> {
          Set<String> out = new LinkedHashSet<>();
          collect(root, out);
          List<String> list = new ArrayList<>();
          out.forEach(t -> list.add(where + ": " + t));
          return list;
        });
  }

  private static void collect(Component c, Set<String> out) {
    if (!c.isShowing()) {
      return;
    }
    if (c instanceof JComponent j && j.getToolTipText() != null) {
      out.add(j.getToolTipText());
    }
    if (c instanceof JLabel l) {
      add(out, l.getText());
    } else if (c instanceof AbstractButton b) {
      add(out, b.getText());
    } else if (c instanceof JTextComponent t && !t.isEditable()) {
      add(out, t.getText());
    } else if (c instanceof JTextField f) {
      Object placeholder = f.getClientProperty("JTextField.placeholderText");
      add(out, placeholder == null ? null : placeholder.toString());
    } else if (c instanceof JTabbedPane p) {
      for (int i = 0; i < p.getTabCount(); i++) {
        add(out, p.getTitleAt(i));
      }
    } else if (c instanceof JTable t) {
      for (int col = 0; col < t.getColumnCount(); col++) {
        add(out, t.getColumnName(col));
        for (int row = 0; row < t.getRowCount(); row++) {
          add(out, String.valueOf(t.getValueAt(row, col)));
        }
      }
    } else if (c instanceof JComboBox<?> box) {
      for (int i = 0; i < box.getItemCount(); i++) {
        add(out, String.valueOf(box.getItemAt(i)));
      }
    }
    if (c instanceof Container parent) {
      for (Component child : parent.getComponents()) {
        collect(child, out);
      }
    }
  }

  private static List<String> menus(JMenuBar bar) {
    List<String> out = new ArrayList<>();
    if (bar == null) {
      return out;
    }
    for (int i = 0; i < bar.getMenuCount(); i++) {
      JMenu menu = bar.getMenu(i);
      out.add("#m: " + menu.getText());
      for (Component item : menu.getMenuComponents()) {
        if (item instanceof JMenu sub) {
          out.add("#m: " + sub.getText());
          for (Component subItem : sub.getMenuComponents()) {
            if (subItem instanceof AbstractButton b) {
              out.add("#m: " + b.getText());
            }
          }
        } else if (item instanceof AbstractButton b) {
          out.add("#m: " + b.getText());
        }
      }
    }
    return out;
  }

  private static void add(Set<String> out, String text) {
    if (text != null && !text.isBlank()) {
      out.add(text.replaceAll("<[^>]*>", " ").strip());
    }
  }
}
