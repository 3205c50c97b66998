package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonJson;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
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
  static final Set<String> ENGLISH =
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
        awaitCalls();
      }
      seen.addAll(VisibleTexts.of(window.frame, "#" + i));
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
        seen.addAll(VisibleTexts.of(window.frame, "#r" + s));
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
    seen.addAll(SwingRobot.onEdt(() -> VisibleTexts.menus(window.frame.getJMenuBar())));

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
    darkScreenshot();
    assertThat(String.join("\n", seen))
        .contains("nicht innerhalb von 25 s angenommen")
        .contains("Kontakt Praxis Dr. Schulz")
        .contains("Wählautomat: 3 verschiedene Anrufer in 4 min");
  }

  /** The call list in the dark theme, for the README ({@code german-dark.png}). */
  private void darkScreenshot() throws Exception {
    window.showTab(0);
    SwingRobot.runOnEdt(() -> Theme.apply(true));
    try {
      SwingRobot.screenshot(window.frame, "german-dark");
    } finally {
      SwingRobot.runOnEdt(() -> Theme.apply(false));
    }
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
            if (VisibleTexts.contains(tabs.getComponentAt(i), "rules.sections")) {
              return i;
            }
          }
          return 0;
        });
  }

  private String reasons() throws Exception {
    return SwingRobot.onEdt(
        () ->
            SwingRobot.find(window.frame, "rules.reasons", JTextArea.class)
                .map(JTextArea::getText)
                .orElse(""));
  }

  /** Waits until the call list shows the seeded calls (it loads them off the EDT). */
  private void awaitCalls() throws Exception {
    window.robot.await(
        "calls listed",
        WAIT,
        () ->
            SwingRobot.find(window.frame, "calls.list", javax.swing.JList.class)
                .map(l -> l.getModel().getSize() >= 4)
                .orElse(false),
        () -> "the call list is not filled");
  }
}
