package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DtmfInfoBodyTest {

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
        application/dtmf-relay | Signal=5\\r\\nDuration=160 | 5 | 160
        application/dtmf-relay | signal= #\\nduration = 250\\n | # | 250
        application/dtmf-relay | Duration=100\\r\\nSignal=*\\r\\n | * | 100
        application/dtmf-relay | Signal=11\\r\\nDuration=100 | # | 100
        application/dtmf-relay | Signal=10 | * | -
        application/dtmf-relay | Signal=d | D | -
        application/dtmf       | 7 | 7 | -
        application/dtmf       | 9\\r\\n | 9 | -
        application/dtmf       | Signal=3 | 3 | -
        """)
  void readsTheKeyAndDuration(String type, String body, char digit, String durationMs) {
    Optional<DtmfInfoBody.Key> key = DtmfInfoBody.parse(type, unescape(body));

    assertThat(key)
        .contains(
            new DtmfInfoBody.Key(
                digit,
                durationMs.equals("-")
                    ? Optional.empty()
                    : Optional.of(Duration.ofMillis(Long.parseLong(durationMs)))));
  }

  @ParameterizedTest(name = "{0}: \"{1}\" is malformed")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
        application/dtmf-relay | Signal=X
        application/dtmf-relay | Signal=16
        application/dtmf-relay | Duration=160
        application/dtmf-relay | Signal=5\\r\\nSignal=6
        application/dtmf-relay | Signal=5\\r\\nDuration=-3
        application/dtmf-relay | Signal=5\\r\\nDuration=99999999
        application/dtmf-relay | just text
        application/dtmf       | 12
        application/dtmf       | ' '
        """)
  void malformedBodiesGiveNothing(String type, String body) {
    assertThat(DtmfInfoBody.parse(type, unescape(body))).isEmpty();
  }

  @Property
  void neverThrowsOnAnyBody(@ForAll String body) {
    DtmfInfoBody.parse("application/dtmf-relay", body);
    DtmfInfoBody.parse("application/dtmf", body);
  }

  private static String unescape(String s) {
    return s.replace("\\r", "\r").replace("\\n", "\n");
  }
}
