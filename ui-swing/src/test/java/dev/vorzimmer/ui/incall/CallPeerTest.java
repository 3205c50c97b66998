package dev.vorzimmer.ui.incall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CallPeerTest {
  private final NumberNormaliser de = new NumberNormaliser("DE");
  private final Contact erika =
      new Contact(1, "Erika Mustermann", List.of("+49301234567"), Optional.empty(), false);
  private final Function<String, Optional<Contact>> book =
      n -> erika.numbers().contains(n) ? Optional.of(erika) : Optional.empty();

  @Test
  void aContactsNumberShowsTheirNameAboveTheFormattedNumber() {
    assertThat(CallPeer.of("+49301234567", "", de, book))
        .isEqualTo(new CallPeer("Erika Mustermann", "030 1234567"));
    assertThat(CallPeer.of("sip:+49301234567@example.net;user=phone", "Someone", de, book))
        .isEqualTo(new CallPeer("Erika Mustermann", "030 1234567"));
  }

  @Test
  void strangersShowTheirDisplayNameOrTheFormattedNumber() {
    assertThat(CallPeer.of("+491701234567", "", de, book))
        .isEqualTo(new CallPeer("0170 1234567", ""));
    assertThat(CallPeer.of("+491701234567", "Pizza", de, book))
        .isEqualTo(new CallPeer("Pizza", "0170 1234567"));
  }

  @Test
  void sipAddressesThatAreNotNumbersAreShownAsDialled() {
    assertThat(CallPeer.of("sip:uas-56573@vorzimmer.test", "", de, book))
        .isEqualTo(new CallPeer("sip:uas-56573@vorzimmer.test", ""));
    assertThat(CallPeer.of("sip:bob@example.net", "Bob", de, book))
        .isEqualTo(new CallPeer("Bob", "sip:bob@example.net"));
  }
}
