package dev.vorzimmer.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The digits-only fast path must describe every number exactly as the general parser does: checked
 * with libphonenumber's example number of every region and line type.
 */
class NormaliserFastPathTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @ParameterizedTest
  @ValueSource(strings = {"DE", "US", "IT"})
  void fastPathAgreesWithTheGeneralParserForAllExampleNumbers(String home) {
    NumberNormaliser normaliser = new NumberNormaliser(home);
    List<String> checked = new ArrayList<>();
    for (String region : UTIL.getSupportedRegions()) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        PhoneNumber example = UTIL.getExampleNumberForType(region, type);
        if (example == null) {
          continue;
        }
        String e164 = UTIL.format(example, PhoneNumberFormat.E164);
        // a space forces the general parser
        String spaced = e164.substring(0, 2) + " " + e164.substring(2);
        assertThat(strip(normaliser.describe(e164)))
            .as(e164)
            .isEqualTo(strip(normaliser.describe(spaced)));
        checked.add(e164);
      }
    }
    assertThat(checked).hasSizeGreaterThan(1000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "030123456",
        "004930123456",
        "015112345678",
        "0041446681800",
        "0800123456",
        "0039061234567",
        "0110",
        "0",
        "00",
        "000000",
        "0999999999999999"
      })
  void homeRegionDigitsAgreeWithTheGeneralParser(String digits) {
    NumberNormaliser de = new NumberNormaliser("DE");
    String spaced = digits.charAt(0) + " " + digits.substring(1);
    assertThat(strip(de.describe(digits))).isEqualTo(strip(de.describe(spaced)));
  }

  private static CallerInfo strip(CallerInfo info) {
    return new CallerInfo(
        "",
        info.presentation(),
        info.e164(),
        info.region(),
        info.countryNameEn(),
        info.countryNameDe(),
        info.lineType(),
        info.hasNumber() ? info.displayNumber() : "",
        info.regionName(),
        info.carrier(),
        info.lookupName(),
        info.spamScore(),
        info.rating());
  }
}
