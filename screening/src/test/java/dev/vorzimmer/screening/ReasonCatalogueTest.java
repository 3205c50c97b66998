package dev.vorzimmer.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every reason code has words in English and German, and a German rendering holds no English word
 * (and an English one no German).
 */
class ReasonCatalogueTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T13:30:00Z"), ZoneId.of("Europe/Berlin"));
  private static final ReasonTexts EN = ReasonTexts.of(Locale.ENGLISH, CLOCK);
  private static final ReasonTexts DE = ReasonTexts.of(Locale.GERMAN, CLOCK);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");

  /** Common English words of our reasons; none may appear in a German text. */
  private static final Set<String> ENGLISH =
      Set.of(
          "number",
          "numbers",
          "caller",
          "callers",
          "call",
          "called",
          "calls",
          "the",
          "and",
          "with",
          "from",
          "unknown",
          "blocked",
          "blocklist",
          "contact",
          "favourite",
          "favourites",
          "quiet",
          "hours",
          "foreign",
          "language",
          "range",
          "robot",
          "added",
          "imported",
          "failed",
          "within",
          "not",
          "answered",
          "mobile",
          "landline",
          "anonymous",
          "withheld",
          "lookup",
          "rating",
          "votes",
          "vote",
          "skipped",
          "again",
          "after",
          "since",
          "until",
          "by",
          "you",
          "ghost",
          "refused",
          "back",
          "rate",
          "toll",
          "free",
          "shared",
          "cost",
          "personal",
          "pager",
          "company",
          "access",
          "type",
          "recovered",
          "crash",
          "details",
          "shown",
          "unavailable",
          "recognised",
          "verification",
          "ring",
          "rang",
          "only",
          "on",
          "list",
          "allow",
          "reports",
          "distinct",
          "quarantined",
          "threshold",
          "below",
          "charged",
          "mon",
          "tue",
          "wed",
          "thu",
          "fri",
          "sat",
          "sun",
          "daily",
          "permanent",
          "interrupted",
          "answer",
          "made",
          "cannot",
          "forged",
          "kind",
          "this",
          "of",
          "a");

  /** Common German words and letters; none may appear in an English text. */
  private static final Set<String> GERMAN =
      Set.of("nummer", "rufnummer", "anrufer", "anruf", "und", "von", "mit", "nicht", "der", "die");

  @Test
  void everyCodeHasWordsInBothLanguages() {
    assertThat(DE.codes()).containsExactlyInAnyOrderElementsOf(EN.codes());
    assertThat(EN.codes()).contains("caller", "contact", "quiet", "unanswered", Reason.LEGACY);
  }

  @Test
  void bothLanguagesUseTheSameArguments() {
    for (String code : EN.codes()) {
      assertThat(placeholders(DE, code)).as(code).isEqualTo(placeholders(EN, code));
    }
  }

  @Test
  void noEnglishWordInAnyGermanReason() {
    for (String code : EN.codes()) {
      if (code.equals(Reason.LEGACY) || code.startsWith("format.")) {
        continue;
      }
      String german = DE.render(sample(code, EN));
      assertThat(german).as(code).doesNotContain("{", "}", "[", "]").isNotBlank();
      assertThat(words(german)).as(code + ": " + german).doesNotContainAnyElementsOf(ENGLISH);
    }
  }

  @Test
  void noGermanWordInAnyEnglishReason() {
    for (String code : EN.codes()) {
      if (code.equals(Reason.LEGACY) || code.startsWith("format.")) {
        continue;
      }
      String english = EN.render(sample(code, EN));
      assertThat(english).as(code).doesNotContain("{", "}", "[", "]", "ä", "ö", "ü", "ß");
      assertThat(words(english)).as(code + ": " + english).doesNotContainAnyElementsOf(GERMAN);
    }
  }

  @Test
  void callerDetailsReadNaturallyInBothLanguages() {
    Reason munich =
        Reason.of("caller", "line", "FIXED", "place", "München", "country", "DE", "carrier", "");
    Reason mobile = Reason.of("caller", "line", "MOBILE", "country", "DE", "carrier", "T-Mobile");

    assertThat(EN.render(munich)).isEqualTo("landline number, München, Germany");
    assertThat(DE.render(munich)).isEqualTo("Festnetznummer, München, Deutschland");
    assertThat(EN.render(mobile)).isEqualTo("mobile number, Germany (T-Mobile)");
    assertThat(DE.render(mobile)).isEqualTo("Mobilnummer, Deutschland (T-Mobile)");
    assertThat(DE.render(Reason.of("presentation.ANONYMOUS"))).isEqualTo("anonymer Anrufer");
    assertThat(DE.render(Reason.of("contact", "name", "Praxis Dr. Schulz")))
        .isEqualTo("Kontakt Praxis Dr. Schulz");
    assertThat(DE.render(Reason.of("unanswered", "seconds", 25)))
        .isEqualTo("nicht innerhalb von 25 s angenommen");
  }

  @Test
  void argumentsAreShownInTheReadersLanguage() {
    assertThat(DE.render(Reason.of("foreign", "country", "FR"))).isEqualTo("Ausland: Frankreich");
    assertThat(DE.render(Reason.of("quiet", "span", "Mon-Fri 22:00-07:00")))
        .isEqualTo("Ruhezeit (Mo-Fr 22:00-07:00)");
    assertThat(DE.render(Reason.of("blocked", "origin", "ui", "note", "")))
        .isEqualTo("auf der Sperrliste: von Ihnen hinzugefügt");
    assertThat(EN.render(Reason.of("blocked", "origin", "import:cc.txt", "note", "call centre")))
        .isEqualTo("on blocklist: call centre (imported from cc.txt)");
    assertThat(EN.render(Reason.of("repeat", "seconds", 180)))
        .isEqualTo("called again after 3 min — repeat caller let through");
    assertThat(
            EN.render(
                Reason.of(
                    "robot.triggered",
                    "ordinal",
                    22,
                    "range",
                    "+4930x",
                    "seconds",
                    5,
                    "clock",
                    CLOCK.millis())))
        .startsWith("22nd distinct caller")
        .endsWith("until 14:30");
    assertThat(
            DE.render(
                Reason.of(
                    "robot.triggered",
                    "ordinal",
                    3,
                    "range",
                    "+4930x",
                    "seconds",
                    5,
                    "clock",
                    CLOCK.millis())))
        .startsWith("3. Anrufer");
  }

  @Test
  void wordsWithATimeFollowTheDateWhileOthersAreRenderedOnce() {
    MovingClock clock = new MovingClock(CLOCK);
    ReasonTexts en = ReasonTexts.of(Locale.ENGLISH, clock);
    Reason quarantined =
        Reason.of(
            "robot.quarantined",
            "range",
            "+4930x",
            "clock",
            CLOCK.millis(),
            "count",
            3,
            "seconds",
            60);
    assertThat(en.render(quarantined)).endsWith("until 14:30 (3 distinct callers in 1 min)");
    clock.plusDays(2); // no longer today: the same reason now names the day
    assertThat(en.render(quarantined)).endsWith("until Wed 14:30 (3 distinct callers in 1 min)");

    Reason country = Reason.of("foreign", "country", "FR");
    String first = en.render(country);
    assertThat(en.render(country)).isEqualTo("foreign: France").isSameAs(first);
  }

  /** A clock the test moves forward. */
  private static final class MovingClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    MovingClock(Clock start) {
      this.now = start.instant();
      this.zone = start.getZone();
    }

    void plusDays(int days) {
      now = now.plusSeconds(days * 86_400L);
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void storedRobotNotesAndUnknownCodesStillShow() {
    String note = ReasonJson.write(Reason.of("robot.entry", "count", 3, "seconds", 240));
    assertThat(DE.note(note)).isEqualTo("Wählautomat: 3 verschiedene Anrufer in 4 min");
    assertThat(DE.note("Werbung")).isEqualTo("Werbung");
    assertThat(EN.render(Reason.legacy("as it was"))).isEqualTo("as it was");
    assertThat(EN.render(Reason.of("from.a.newer.program", "n", 1)))
        .isEqualTo("from.a.newer.program: 1");
    assertThat(DE.number("number withheld")).isEqualTo("Rufnummer unterdrückt");
    assertThat(DE.number("030 123456")).isEqualTo("030 123456");
  }

  /** A reason with a value for every argument {@code code}'s English words use. */
  private static Reason sample(String code, ReasonTexts texts) {
    Map<String, String> args = new LinkedHashMap<>();
    for (String name : placeholders(texts, code)) {
      args.put(
          name,
          switch (name) {
            case "country" -> "FR";
            case "language" -> "fr";
            case "line" -> "MOBILE";
            case "presentation" -> "WITHHELD";
            case "service" -> "PREMIUM_RATE";
            case "origin" -> "import:liste.txt";
            case "span" -> "Mon-Fri 22:00-07:00";
            case "time", "clock" -> String.valueOf(CLOCK.millis() + 86_400_000L);
            default -> "42";
          });
    }
    return new Reason(code, args);
  }

  private static List<String> placeholders(ReasonTexts texts, String code) {
    String template =
        java.util.ResourceBundle.getBundle(
                ReasonTexts.BUNDLE,
                texts.locale(),
                java.util.ResourceBundle.Control.getNoFallbackControl(
                    java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
            .getString(code);
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
  }
}
