package dev.vorzimmer.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The user's world for screening tests: contacts, lists, a clock on Wednesday 14:30 in Berlin. */
final class ScreeningFixture {
  static final String ERIKA = "+4930123456";
  static final String MAMA = "+4915112345678";
  static final String EX = "+4940555666";
  static final String ANNA_IN_BLOCKED_RANGE = "+4921155512345";
  static final String PLUMBER = "+4917012345678";
  static final String ALLOWED_IN_BLOCKED_RANGE = "+4921155500000";
  static final String CALL_CENTRE = "+4989111222";
  static final String UNKNOWN_MOBILE = "+4917699887766";

  final MutableClock clock = MutableClock.wednesdayAfternoon();
  final FakeContacts contacts =
      new FakeContacts()
          .add("Erika Mustermann", false, ERIKA)
          .add("Mama", true, MAMA)
          .add("Ex", false, EX)
          .add("Anna", false, ANNA_IN_BLOCKED_RANGE);
  final FakeNumberLists lists =
      new FakeNumberLists()
          .block(CALL_CENTRE, "import:callcentres.txt")
          .block(EX, "cli")
          .block("+49211555*", "import:callcentres.txt")
          .block("+234*", "cli")
          .allow(ALLOWED_IN_BLOCKED_RANGE, "cli")
          .add(
              FakeNumberLists.entry(
                  PLUMBER,
                  ListKind.ALLOW,
                  "cli",
                  Instant.EPOCH,
                  Optional.of(clock.instant().plus(Duration.ofHours(48)))));

  Screener screener(ScreeningConfig config) {
    return new Screener(config, contacts, lists, CallerLookup.NONE, clock);
  }

  Screener screener() {
    return screener(ScreeningConfig.defaults());
  }

  /** {@code reason} in English, dates and times on this world's clock. */
  String en(Reason reason) {
    return ReasonTexts.of(java.util.Locale.ENGLISH, clock).render(reason);
  }
}
