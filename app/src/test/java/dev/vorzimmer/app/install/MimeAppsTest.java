package dev.vorzimmer.app.install;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MimeAppsTest {
  private static final String OURS = "vorzimmer.desktop";

  @Test
  void anEmptyFileGetsTheSectionAndTheDefault() {
    assertThat(MimeApps.withDefault("", "x-scheme-handler/tel", OURS))
        .isEqualTo("[Default Applications]\nx-scheme-handler/tel=vorzimmer.desktop\n");
  }

  @Test
  void otherLinesAndSectionsStayAsTheyWere() {
    String user =
        "[Added Associations]\n"
            + "text/html=firefox.desktop;\n"
            + "\n"
            + "[Default Applications]\n"
            + "# the user's comment\n"
            + "text/html=firefox.desktop\n"
            + "x-scheme-handler/tel=linphone.desktop;\n";
    String ours =
        MimeApps.withDefault(
            MimeApps.withDefault(user, "x-scheme-handler/tel", OURS), "x-scheme-handler/sip", OURS);
    assertThat(ours)
        .isEqualTo(
            "[Added Associations]\n"
                + "text/html=firefox.desktop;\n"
                + "\n"
                + "[Default Applications]\n"
                + "# the user's comment\n"
                + "text/html=firefox.desktop\n"
                + "x-scheme-handler/tel=vorzimmer.desktop;linphone.desktop;\n"
                + "x-scheme-handler/sip=vorzimmer.desktop\n");
    assertThat(MimeApps.without(ours, OURS))
        .as("the earlier handler is the default again")
        .isEqualTo(
            "[Added Associations]\n"
                + "text/html=firefox.desktop;\n"
                + "\n"
                + "[Default Applications]\n"
                + "# the user's comment\n"
                + "text/html=firefox.desktop\n"
                + "x-scheme-handler/tel=linphone.desktop;\n");
  }

  @Test
  void takingOutTheOnlyEntriesLeavesNothing() {
    String text = "";
    for (String s : DesktopEntries.SCHEMES) {
      text = MimeApps.withDefault(text, s, OURS);
    }
    String left = MimeApps.without("\n" + text, OURS);
    assertThat(MimeApps.isEmpty(left)).isTrue();
    assertThat(left).isEmpty();
  }

  @Test
  void addingTwiceKeepsOneEntry() {
    String once = MimeApps.withDefault("", "x-scheme-handler/tel", OURS);
    assertThat(MimeApps.withDefault(once, "x-scheme-handler/tel", OURS))
        .isEqualTo("[Default Applications]\nx-scheme-handler/tel=vorzimmer.desktop;\n");
  }
}
