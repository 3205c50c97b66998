package dev.vorzimmer.app.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DialUriTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tel:+4930123456|+4930123456",
        "tel:+49-30-123456|+4930123456",
        "tel:+49.30.12.34.56|+4930123456",
        "tel:+49 (30) 123 456|+4930123456",
        "tel:+49%2030%20123456|+4930123456",
        "TEL:+49(0)30?|",
        "tel:%2B4930123456|+4930123456",
        "tel:+4930123456;ext=12|+4930123456",
        "tel:123456;phone-context=+49-30|+4930123456",
        "tel:863-1234;phone-context=+1-914-555|+19145558631234",
        "tel:7042;phone-context=example.com|7042",
        "tel:030-123456|030123456",
        "callto:+4930123456|+4930123456",
        "callto://+49-30-123456|+4930123456",
        "callto://+4930123456/|+4930123456",
        "callto:alice@example.net|sip:alice@example.net",
        "sip:alice@example.net|sip:alice@example.net",
        "sips:+4930123456@example.net;user=phone|sips:+4930123456@example.net;user=phone",
        "SIP:vorzimmer@127.0.0.1:5062|SIP:vorzimmer@127.0.0.1:5062",
        "030 123456|030123456",
        "+49 30 123456|+4930123456",
        "  tel:+4930123456  |+4930123456",
      })
  void linksBecomeWhatThePhoneDials(String link, String dialled) throws Exception {
    if (dialled == null) {
      assertThatThrownBy(() -> DialUri.parse(link)).isInstanceOf(BadDialUriException.class);
      return;
    }
    assertThat(DialUri.parse(link)).isEqualTo(dialled);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tel:|there is no number",
        "tel:abc|'abc' is not a phone number",
        "tel:+|a number starting with +",
        "tel:++4930|a number starting with +",
        "tel:+0301234|no leading 0",
        "tel:+4930123456789012|1 to 15 digits",
        "tel:+49301234x|a number starting with +",
        "tel:%zz30|two hex digits",
        "tel:30%2|two hex digits",
        "tel:%FF%FE|not UTF-8",
        "tel:12%0A34|control characters",
        "tel:1234;phone-context=+49 30 12345678901234|up to 15 digits",
        "tel:1234;phone-context=not a domain!|neither +digits nor a domain",
        "http://example.com/|only tel:, callto: and sip: links",
        "javascript:alert(1)|only tel:, callto: and sip: links",
        "sip:|needs a host",
        "sip:alice@exa mple.net|needs a host",
        "sip:<alice@example.net>|needs a host",
        "callto:someone@|is not an address like user@host",
        "callto:skypename|'skypename' is not a phone number",
        "hello|'hello' is not a phone number",
      })
  void garbageIsRefusedWithAReason(String link, String reason) {
    assertThatThrownBy(() -> DialUri.parse(link))
        .isInstanceOf(BadDialUriException.class)
        .hasMessageContaining("cannot dial")
        .hasMessageContaining(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void nothingToDialSaysWhatIsExpected(String blank) {
    assertThatThrownBy(() -> DialUri.parse(blank))
        .isInstanceOf(BadDialUriException.class)
        .hasMessageContaining("tel:, callto: or sip:");
  }

  @Test
  void aHugeLinkIsRefusedWithoutEchoingAllOfIt() {
    String huge = "tel:+49" + "1".repeat(100_000);
    assertThatThrownBy(() -> DialUri.parse(huge))
        .isInstanceOf(BadDialUriException.class)
        .hasMessageContaining("longer than")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
  }

  /** However a global number is written with RFC 3966 separators, the same number is dialled. */
  @Property
  void visualSeparatorsNeverChangeTheNumber(@ForAll("separated") String[] written)
      throws Exception {
    assertThat(DialUri.parse("tel:" + written[0])).isEqualTo(written[1]);
  }

  /** Any string either parses to something dialable or is refused with a message; never a crash. */
  @Property
  void anyInputIsDialableOrRefused(@ForAll String anything) {
    for (String link : new String[] {anything, "tel:" + anything, "callto:" + anything}) {
      try {
        String target = DialUri.parse(link);
        assertThat(target).matches("\\+[1-9][0-9]{0,14}|[0-9*#]{1,32}|(?i)sips?:\\S+");
      } catch (BadDialUriException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  @Provide
  Arbitrary<String[]> separated() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(13);
    Arbitrary<Character> first = Arbitraries.chars().range('1', '9');
    Arbitrary<Long> seed = Arbitraries.longs();
    return Combinators.combine(first, digits, seed)
        .as(
            (f, d, s) -> {
              String number = f + d;
              StringBuilder written = new StringBuilder("+");
              java.util.Random r = new java.util.Random(s);
              String[] separators = {"-", ".", " ", "(", ")", "%20", ""};
              for (char c : number.toCharArray()) {
                written.append(c).append(separators[r.nextInt(separators.length)]);
              }
              return new String[] {written.toString(), "+" + number};
            });
  }
}
