package dev.vorzimmer.sip.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CallerIdentityTest {

  static Stream<Arguments> fromHeaders() {
    return Stream.of(
        Arguments.of(
            "\"Erika Mustermann\" <sip:+4930123456@sip.example.net;user=phone>;tag=abc",
            "+4930123456",
            "Erika Mustermann"),
        Arguments.of("<sip:030123456@sip.example.net>;tag=1", "030123456", ""),
        Arguments.of("sip:004930123456@10.0.0.1;tag=1", "004930123456", ""),
        Arguments.of("<tel:+41446681800>;tag=9", "+41446681800", ""),
        Arguments.of(
            "\"Anonymous\" <sip:anonymous@anonymous.invalid>;tag=x", "anonymous", "Anonymous"),
        Arguments.of("Bob <sip:%2B4989123@h>;tag=1", "+4989123", "Bob"),
        Arguments.of("<sip:user;par=u%40example.net@example.com>;tag=1", "user", ""),
        Arguments.of("\"broken", "", ""),
        Arguments.of("<sip:example.net>", "", ""));
  }

  @ParameterizedTest
  @MethodSource("fromHeaders")
  void numberAndNameComeFromTheFromHeaderWithoutTrust(String from, String number, String name) {
    CallerIdentity id =
        CallerIdentity.extract(from, List.of("<sip:+49111@trusted>"), null, List.of(), false);
    assertThat(id.number()).isEqualTo(number);
    assertThat(id.displayName()).isEqualTo(name);
    assertThat(id.source()).isEqualTo("From");
  }

  @Test
  void assertedIdentityFromTheProviderBeatsFrom() {
    CallerIdentity id =
        CallerIdentity.extract(
            "\"Spoofed\" <sip:+4930111@evil>;tag=1",
            List.of("\"Real\" <sip:+4930999;verstat=TN-Validation-Passed@provider;user=phone>"),
            null,
            List.of(),
            true);
    assertThat(id.number()).isEqualTo("+4930999");
    assertThat(id.source()).isEqualTo("P-Asserted-Identity");
    assertThat(id.displayName()).isEqualTo("Real");
    assertThat(id.verstat()).contains("TN-Validation-Passed");
  }

  @Test
  void telAssertedIdentityIsUsed() {
    CallerIdentity id =
        CallerIdentity.extract("<sip:x@y>", List.of("<tel:+4930555>"), null, List.of(), true);
    assertThat(id.number()).isEqualTo("+4930555");
  }

  @Test
  void withheldCallKeepsPrivacyEvenWithAssertedIdentity() {
    CallerIdentity id =
        CallerIdentity.extract(
            "\"Anonymous\" <sip:anonymous@anonymous.invalid>;tag=1",
            List.of("<sip:+4969123@provider>"),
            null,
            List.of("id"),
            true);
    assertThat(id.privacy()).isEqualTo("id");
    assertThat(id.number()).isEqualTo("+4969123");
  }

  @Test
  void privacyNoneMeansNoPrivacyAndValuesAreJoined() {
    assertThat(
            CallerIdentity.extract("<sip:1@h>", List.of(), null, List.of("none"), false).privacy())
        .isEmpty();
    assertThat(
            CallerIdentity.extract(
                    "<sip:1@h>", List.of(), null, List.of("header; id", "user"), false)
                .privacy())
        .isEqualTo("header;id;user");
  }

  @Test
  void remotePartyIdWithPrivacyFullIsWithheld() {
    CallerIdentity id =
        CallerIdentity.extract(
            "<sip:anonymous@h>",
            List.of(),
            "\"X\" <sip:+4930777@gw>;party=calling;privacy=full;screen=yes",
            List.of(),
            true);
    assertThat(id.number()).isEqualTo("+4930777");
    assertThat(id.source()).isEqualTo("Remote-Party-ID");
    assertThat(id.privacy()).isEqualTo("id");
  }

  @Test
  void verstatOnTheFromUriIsRead() {
    CallerIdentity id =
        CallerIdentity.extract(
            "<sip:+12125550100;verstat=TN-Validation-Failed@h;user=phone>;tag=1",
            List.of(),
            null,
            List.of(),
            false);
    assertThat(id.verstat()).isEqualTo(Optional.of("TN-Validation-Failed"));
    assertThat(id.number()).isEqualTo("+12125550100");
  }

  @Test
  void escapedNulIsNotDecoded() {
    assertThat(NameAddr.parse("<sip:null-%00-null@example.com>").orElseThrow().user())
        .isEqualTo("null-%00-null");
  }
}
