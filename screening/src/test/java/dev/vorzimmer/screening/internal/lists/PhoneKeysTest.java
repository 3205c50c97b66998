package dev.vorzimmer.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneKeysTest {
  @Test
  void roundTripsNumbersAndPrefixesIncludingLeadingZeros() {
    for (String n : new String[] {"+1", "+4930123456", "+999999999999999", "+0012"}) {
      assertThat(PhoneKeys.toNumber(PhoneKeys.packNumber(n))).isEqualTo(n);
    }
    assertThat(PhoneKeys.toPrefix(PhoneKeys.packPrefix("+49211*"))).isEqualTo("+49211*");
  }

  @Test
  void rejectsWhatIsNotANumber() {
    assertThat(PhoneKeys.packNumber("4930")).isEqualTo(PhoneKeys.INVALID);
    assertThat(PhoneKeys.packNumber("+")).isEqualTo(PhoneKeys.INVALID);
    assertThat(PhoneKeys.packNumber("+1234567890123456")).isEqualTo(PhoneKeys.INVALID);
    assertThat(PhoneKeys.packNumber("+49 30")).isEqualTo(PhoneKeys.INVALID);
    assertThat(PhoneKeys.packPrefix("+*")).isEqualTo(PhoneKeys.INVALID);
    assertThat(PhoneKeys.packPrefix("+49")).isEqualTo(PhoneKeys.INVALID);
  }

  @Test
  void truncateGivesThePrefixKey() {
    long key = PhoneKeys.packNumber("+4921155512");
    assertThat(PhoneKeys.truncate(key, 5)).isEqualTo(PhoneKeys.packPrefix("+49211*"));
    assertThat(PhoneKeys.truncate(key, 10)).isEqualTo(key);
  }
}
