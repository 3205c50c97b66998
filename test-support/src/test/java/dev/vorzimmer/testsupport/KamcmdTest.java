package dev.vorzimmer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KamcmdTest {

  @Test
  void parsesEveryContactAddressOfALookupAnswer() {
    String answer =
        """
                {
                \tAoR: alice
                \tHashID: 12345
                \tContacts: {
                \t\tContact: {
                \t\t\tAddress: sip:alice@127.0.0.1:5062
                \t\t\tExpires: 55
                \t\t}
                \t\tContact: {
                \t\t\tAddress: sip:alice@127.0.0.1:5064;transport=tcp
                \t\t\tExpires: 3590
                \t\t}
                \t}
                }
                """;

    assertThat(Kamcmd.parseAddresses(answer))
        .containsExactly("sip:alice@127.0.0.1:5062", "sip:alice@127.0.0.1:5064;transport=tcp");
  }

  @Test
  void anAnswerWithoutContactsYieldsNone() {
    assertThat(Kamcmd.parseAddresses("{\n\tAoR: alice\n\tContacts: {\n\t}\n}")).isEmpty();
  }
}
