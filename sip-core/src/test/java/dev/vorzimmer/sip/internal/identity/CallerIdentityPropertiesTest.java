package dev.vorzimmer.sip.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Caller-identity parsing takes header values straight off the wire: whatever arrives, it answers
 * (possibly "no number") and never throws. Well-formed values always give back what was sent.
 */
class CallerIdentityPropertiesTest {
  private static final List<String> SOURCES =
      List.of("P-Asserted-Identity", "Remote-Party-ID", "From");

  @Provide
  Arbitrary<String> headerish() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(80);
    Arbitrary<String> sipChars =
        Arbitraries.strings()
            .withChars("<>\"';:@%=,.\\ sipteltag+0123456789abcdefABCDEF")
            .ofMaxLength(60);
    Arbitrary<String> mutated =
        Combinators.combine(wellFormed(), Arbitraries.integers().between(0, 60), sipChars)
            .as((ok, at, junk) -> ok.substring(0, Math.min(at, ok.length())) + junk);
    return Arbitraries.oneOf(any, sipChars, mutated);
  }

  @Provide
  Arbitrary<String> wellFormed() {
    return Combinators.combine(names(), numbers(), Arbitraries.of("sip", "sips", "tel"))
        .as(
            (name, number, scheme) ->
                (name.isEmpty() ? "" : "\"" + name + "\" ")
                    + "<"
                    + scheme
                    + ":"
                    + number
                    + (scheme.equals("tel") ? "" : "@sip.example.net;user=phone")
                    + ">;tag=1");
  }

  private static Arbitrary<String> names() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyz ÄÖÜäöüßABC-")
        .ofMaxLength(20)
        .map(String::strip);
  }

  private static Arbitrary<String> numbers() {
    return Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(15).map(n -> "+" + n);
  }

  @Property(tries = 2000)
  void anyHeaderValuesGiveAnIdentityNeverAnException(
      @ForAll("headerish") String from,
      @ForAll("headerish") String pai,
      @ForAll("headerish") String rpid,
      @ForAll @StringLength(max = 30) String privacy,
      @ForAll boolean trusted) {
    CallerIdentity id = CallerIdentity.extract(from, List.of(pai), rpid, List.of(privacy), trusted);
    assertThat(id.number()).isNotNull();
    assertThat(id.displayName()).isNotNull();
    assertThat(SOURCES).contains(id.source());
    assertThat(id.privacy()).doesNotStartWith(";").doesNotEndWith(";").doesNotContain(";;");
    assertThat(id.verstat()).isNotNull();
  }

  @Property(tries = 2000)
  void nameAddrParsesAnythingAndOnlyAnswersWithAUri(@ForAll("headerish") String value) {
    Optional<NameAddr> addr = NameAddr.parse(value);
    addr.ifPresent(
        a -> {
          assertThat(a.uri()).as("a parsed name-addr has a URI").isNotBlank();
          assertThat(a.user()).isNotNull();
          assertThat(a.param("verstat")).isNotNull();
        });
  }

  @Property(tries = 1000)
  void aWellFormedFromHeaderGivesBackItsNumberAndName(@ForAll("wellFormedParts") Parts p) {
    CallerIdentity id = CallerIdentity.extract(p.header(), List.of(), null, List.of(), false);
    assertThat(id.number()).isEqualTo(p.number());
    assertThat(id.displayName()).isEqualTo(p.name());
  }

  record Parts(String header, String number, String name) {}

  @Provide
  Arbitrary<Parts> wellFormedParts() {
    return Combinators.combine(names(), numbers(), Arbitraries.of("sip", "sips", "tel"))
        .as(
            (name, number, scheme) ->
                new Parts(
                    (name.isEmpty() ? "" : "\"" + name + "\" ")
                        + "<"
                        + scheme
                        + ":"
                        + number
                        + (scheme.equals("tel") ? "" : "@sip.example.net;user=phone")
                        + ">;tag=1",
                    number,
                    name));
  }
}
