package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecTest {
  @Test
  void aCallsReasonsAreStoredAsTheSameJsonWhenTheirWordsAreRemembered() throws Exception {
    Codec codec = new Codec();
    Reason area = Reason.of("number.details", "type", "FIXED", "area", "Düsseldorf");
    Reason blocked = Reason.of("blocked", "origin", "cli", "note", "\"call centre\" \\ ü");
    for (List<Reason> reasons :
        List.of(
            List.<Reason>of(),
            List.of(area),
            List.of(area, blocked),
            List.of(area, blocked), // the second time from what was remembered
            List.of(Reason.of("anonymous"), blocked))) {
      String json = codec.reasonsOfCall(reasons);
      assertThat(json).isEqualTo(Codec.reasons(reasons));
      assertThat(Codec.reasons(json)).isEqualTo(reasons);
    }
  }
}
