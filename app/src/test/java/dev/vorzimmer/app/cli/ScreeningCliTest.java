package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The user's four cases through the real CLI (in-process, real SQLite under a fresh home): a
 * contact and a block entry are added with the CLI, then {@code check} must say the right thing.
 */
class ScreeningCliTest {
  @TempDir Path home;

  private CliRun vz(String... args) {
    return CliRun.in(home, args);
  }

  @BeforeEach
  void aContactAndABlockedCallCentre() {
    assertThat(vz("contacts", "add", "Erika Mustermann", "030 1234567").code()).isZero();
    assertThat(
            vz("block", "add", "+49 211 555*", "--reason", "imported from callcentres.txt").code())
        .isZero();
  }

  static Stream<Arguments> fourCases() {
    return Stream.of(
        // 1. a contact rings, whatever format the number arrives in
        Arguments.of("030 1234567", "RING", "contact Erika Mustermann"),
        Arguments.of("+49301234567", "RING", "contact Erika Mustermann"),
        Arguments.of("0049 30 1234567", "RING", "contact Erika Mustermann"),
        Arguments.of("tel:+49301234567", "RING", "contact Erika Mustermann"),
        Arguments.of(
            "sip:+49301234567@sip.example.net;user=phone", "RING", "contact Erika Mustermann"),
        // 2. number shown, unknown → voicemail; foreign with an unspoken language → voicemail in
        // their language
        Arguments.of("0170 1234567", "VOICEMAIL", "unknown number"),
        Arguments.of("+33 1 23 45 67 89", "VOICEMAIL", "foreign: France (language not spoken)"),
        // 3. no number → voicemail, never rejected
        Arguments.of("anonymous", "VOICEMAIL", "anonymous caller"),
        Arguments.of("", "VOICEMAIL", "number unavailable"),
        // 4. a call centre range → rejected
        Arguments.of("0211 5550123", "REJECT", "imported from callcentres.txt"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("fourCases")
  void checkGivesVerdictAndReason(String number, String verdict, String reason) throws Exception {
    CliRun r = vz("check", number, "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("verdict").asText()).isEqualTo(verdict);
    assertThat(d.get("reasons").toString()).contains(reason);
    CliRun text = vz("check", number);
    assertThat(text.out()).startsWith(verdict).contains(reason);
  }

  @Test
  void checkNamesTheCityOfALandlineFromDebiansOfflineData() throws Exception {
    // scripts/test installs libphonenumber8-java (its jars live in /usr/share/java)
    CliRun r = vz("check", "089 555666", "--json");
    JsonNode caller = new ObjectMapper().readTree(r.out()).get("caller");
    assertThat(caller.get("regionName").asText()).isEqualTo("Munich");
    assertThat(vz("check", "089 555666").out()).contains("(landline number, Munich, Germany)");
  }

  @Test
  void withheldNumberGoesToVoicemailWithTheAnonymousGreeting() throws Exception {
    CliRun r = vz("check", "+4969123456", "--privacy", "id", "--json");
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("verdict").asText()).isEqualTo("VOICEMAIL");
    assertThat(d.get("greeting").asText()).isEqualTo("anonymous");
    assertThat(d.get("reasons").toString()).contains("withheld");
  }

  @Test
  void allowEntryBeatsTheBlockedRange() {
    assertThat(vz("allow", "add", "0211 5559999", "--for", "48h", "--reason", "plumber").code())
        .isZero();
    assertThat(vz("check", "0211 5559999").out()).startsWith("RING").contains("plumber");
    assertThat(vz("check", "0211 5559998").out()).startsWith("REJECT");
  }

  @Test
  void checkRecordsNoCall() {
    vz("check", "0170 1234567");
    assertThat(vz("calls").out()).contains("no calls yet");
  }

  @Test
  void listsRoundTripThroughExportAndImport() throws Exception {
    Path exported = home.resolve("blocked.txt");
    assertThat(vz("block", "export", exported.toString()).code()).isZero();
    assertThat(Files.readString(exported)).contains("+49211555*");
    Path broken = home.resolve("more.txt");
    Files.writeString(
        broken, "# call centres\n+4989123456,telemarketing\nnot a number\n0221 999*\n");
    CliRun r = vz("block", "import", broken.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("imported 2").contains("1 skipped").contains(":3:");
    assertThat(vz("check", "0221 9991234").out()).startsWith("REJECT");
  }

  @Test
  void badInputIsAClearErrorWithExitCode2() {
    CliRun r = vz("block", "add", "hello");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'hello' is neither a number nor a prefix");
    CliRun c = vz("contacts", "add", "Bob", "nonsense");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("not a phone number");
  }

  @Test
  void listsAreJson() throws Exception {
    JsonNode contacts = new ObjectMapper().readTree(vz("contacts", "list", "--json").out());
    assertThat(contacts.get(0).get("numbers").get(0).asText()).isEqualTo("+49301234567");
    JsonNode blocks = new ObjectMapper().readTree(vz("block", "list", "--json").out());
    assertThat(blocks.get("entries").get(0).get("pattern").asText()).isEqualTo("+49211555*");
  }
}
