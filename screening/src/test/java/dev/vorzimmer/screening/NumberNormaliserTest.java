package dev.vorzimmer.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberNormaliserTest {
  private final NumberNormaliser de = new NumberNormaliser("DE");

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "+4930123456                         | +4930123456",
        "004930123456                        | +4930123456",
        "030123456                           | +4930123456",
        "030 123456                          | +4930123456",
        "sip:+4930123456@sip.example.net;user=phone | +4930123456",
        "<sip:030123456@fritz.box>           | +4930123456",
        "sips:+4930123456@host               | +4930123456",
        "tel:+4930123456                     | +4930123456",
        "tel:+49-30-123456;phone-context=+49 | +4930123456",
        "+49 (30) 123-456                    | +4930123456",
        "+49 (0)30 123456                    | +4930123456",
        "0151 12345678                       | +4915112345678",
        "+41 44 668 18 00                    | +41446681800",
        "0041446681800                       | +41446681800",
        "+43 1 53422                         | +43153422",
        "+1 (212) 736-5000                   | +12127365000",
        "001 212 736 5000                    | +12127365000",
        "+44 20 7946 0958                    | +442079460958",
      })
  void presentedFormsNormaliseToTheSameE164(String raw, String e164) {
    CallerInfo info = de.describe(raw);
    assertThat(info.presentation()).isEqualTo(Presentation.NUMBER);
    assertThat(info.e164()).contains(e164);
    assertThat(de.toE164(raw)).contains(e164);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                     | UNAVAILABLE",
        "anonymous                              | ANONYMOUS",
        "Anonymous                              | ANONYMOUS",
        "sip:anonymous@anonymous.invalid        | ANONYMOUS",
        "<sip:anonymous@anonymous.invalid>      | ANONYMOUS",
        "unknown                                | UNAVAILABLE",
        "unavailable                            | UNAVAILABLE",
        "restricted                             | WITHHELD",
        "private                                | WITHHELD",
        "Withheld                               | WITHHELD",
        "sip:restricted@provider.de             | WITHHELD",
        "alice                                  | UNRECOGNISED",
        "sip:alice@example.com                  | UNRECOGNISED",
        "+999123                                | UNRECOGNISED",
        "12                                     | UNRECOGNISED",
        "';DROP TABLE--'                        | UNRECOGNISED",
      })
  void noUsableNumberIsClassifiedNeverThrown(String raw, Presentation expected) {
    CallerInfo info = de.describe(raw);
    assertThat(info.presentation()).isEqualTo(expected);
    assertThat(info.e164()).isEmpty();
    assertThat(info.hasNumber()).isFalse();
  }

  @Test
  void nullAndHugeInputAreUnrecognisedNotExceptions() {
    assertThat(de.describe(null).presentation()).isEqualTo(Presentation.UNAVAILABLE);
    assertThat(de.describe("1".repeat(500)).presentation()).isEqualTo(Presentation.UNRECOGNISED);
  }

  @ParameterizedTest
  @CsvSource({"id", "'id;user'", "'header, id'"})
  void privacyIdHidesEvenAPresentNumber(String privacy) {
    assertThat(de.describe("+4930123456", privacy).presentation()).isEqualTo(Presentation.WITHHELD);
  }

  @Test
  void privacyNoneKeepsTheNumber() {
    assertThat(de.describe("+4930123456", "none").e164()).contains("+4930123456");
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}, {2}, {3}, \"{4}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "+4930123456     | DE | Germany        | Deutschland    | FIXED           | 030 123456",
        "+4915112345678  | DE | Germany        | Deutschland    | MOBILE          | 01511 2345678",
        "+498001234567   | DE | Germany        | Deutschland    | TOLL_FREE       | 0800 1234567",
        "+41446681800    | CH | Switzerland    | Schweiz        | FIXED           | +41 44 668 18 00",
        "+43153422       | AT | Austria        | Österreich     | FIXED           | +43 1 53422",
        "+12127365000    | US | United States  | Vereinigte Staaten | FIXED_OR_MOBILE | +1 212-736-5000",
        "+442079460958   | GB | United Kingdom | Vereinigtes Königreich | FIXED  | +44 20 7946 0958",
      })
  void describesCountryLineTypeAndDisplayFormat(
      String raw, String region, String en, String de2, LineType type, String display) {
    CallerInfo info = de.describe(raw);
    assertThat(info.region()).contains(region);
    assertThat(info.countryNameEn()).contains(en);
    assertThat(info.countryNameDe()).contains(de2);
    assertThat(info.lineType()).isEqualTo(type);
    assertThat(info.displayNumber()).isEqualTo(display);
    assertThat(info.regionName()).isEmpty();
    assertThat(info.spamScore()).isEmpty();
  }

  @Test
  void summaryNamesLineTypeAndCountry() {
    assertThat(Words.en(de.describe("0151 12345678").details()))
        .isEqualTo("mobile number, Germany");
  }

  @Test
  void unknownHomeRegionIsAClearError() {
    assertThatThrownBy(() -> new NumberNormaliser("XX"))
        .hasMessageContaining("unknown region 'XX'");
  }
}
