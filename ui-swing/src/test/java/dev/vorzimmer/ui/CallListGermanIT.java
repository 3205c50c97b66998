package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The call list in a German window: headers, what happened, filters and the switch in German. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallListGermanIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private LocalPhoneWindow window;
  private JFrame frame;

  @BeforeAll
  void start() throws Exception {
    window = LocalPhoneWindow.assemble("vz-calllist-de-it", "\n[screening]\nregion = \"DE\"\n");
    ScreeningStore store = window.phone.screening().store();
    store
        .contactBook()
        .add(new Contact(0, "Erika Mustermann", List.of("+49301234567"), Optional.empty(), true));
    Instant now = Instant.now();
    store
        .callLog()
        .logCall(
            now.minus(Duration.ofDays(1)),
            "+4989555666",
            Optional.of("+4989555666"),
            "",
            "VOICEMAIL",
            List.of(Reason.legacy("unknown number")),
            "voicemail");
    store
        .callLog()
        .logCall(
            now.minusSeconds(1),
            "+49301234567",
            Optional.of("+49301234567"),
            "",
            "RING",
            List.of(
                Reason.legacy("favourite contact Erika Mustermann"),
                Reason.legacy("not answered within 25 s")),
            "unanswered");
    window.open(Locale.GERMAN);
    frame = window.frame;
  }

  @AfterAll
  void stop() {
    window.close();
  }

  private List<String> items() throws Exception {
    return SwingRobot.onEdt(
        () -> {
          JList<?> list = SwingRobot.find(frame, "calls.list", JList.class).orElseThrow();
          List<String> out = new ArrayList<>();
          for (int i = 0; i < list.getModel().getSize(); i++) {
            out.add(String.valueOf(list.getModel().getElementAt(i)));
          }
          return out;
        });
  }

  private String button(String name) throws Exception {
    return SwingRobot.onEdt(
        () -> SwingRobot.find(frame, name, AbstractButton.class).orElseThrow().getText());
  }

  @Test
  void theCallListSpeaksGerman() throws Exception {
    window.robot.await("calls", WAIT, () -> items().size() == 4, () -> items().toString());
    List<String> all = items();
    assertThat(all.get(0)).isEqualTo("Heute");
    assertThat(all.get(1)).contains("Erika Mustermann").endsWith("| verpasst");
    assertThat(all.get(2)).isEqualTo("Gestern");
    assertThat(all.get(3)).endsWith("| während der Ansage aufgelegt");
    window.robot.await(
        "call-back count",
        WAIT,
        () -> button("calls.filter.call_back").equals("Rückrufen (1)"),
        () -> button("calls.filter.call_back"));
    assertThat(button("calls.filter.missed")).isEqualTo("Verpasst");
    assertThat(button("status.dnd")).isEqualTo("Bitte nicht stören");
    assertThat(SwingRobot.onEdt(frame::getTitle)).isEqualTo("Vorzimmer — 1 zurückrufen");
    SwingRobot.screenshot(frame, "calllist-de");
  }
}
