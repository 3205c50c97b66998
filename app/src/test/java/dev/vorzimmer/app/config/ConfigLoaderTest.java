package dev.vorzimmer.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  @Test
  void missingFileMeansLocalLineWithDefaults() throws Exception {
    AppConfig c = new ConfigLoader().load(dir.resolve("config.toml"));
    assertThat(c.account()).isEmpty();
    assertThat(c.listenHost()).isEqualTo("0.0.0.0");
    assertThat(c.listenPort()).isEqualTo(5062);
    assertThat(c.screening().region()).isEqualTo("DE");
  }

  @Test
  void fullAccountIsRead() throws Exception {
    Path f =
        write(
            """
        [account]
        user = "alice"
        domain = "example.net"
        registrar = "sip.example.net:5070"
        password = "s3cret"
        transport = "tcp"
        expires = 120
        [sip]
        listen = "127.0.0.1:5099"
        [screening]
        region = "at"
        languages = ["de", "fr"]
        """);
    AppConfig c = new ConfigLoader().load(f);
    AccountSettings a = c.account().orElseThrow();
    assertThat(a.user()).isEqualTo("alice");
    assertThat(a.registrarHost()).isEqualTo("sip.example.net");
    assertThat(a.registrarPort()).isEqualTo(5070);
    assertThat(a.transport()).isEqualTo("tcp");
    assertThat(a.expires()).isEqualTo(120);
    assertThat(a.password()).isEqualTo("s3cret");
    assertThat(a.toString()).doesNotContain("s3cret");
    assertThat(c.listenPort()).isEqualTo(5099);
    assertThat(c.screening().region()).isEqualTo("AT");
    assertThat(c.screening().languages()).containsExactlyInAnyOrder("de", "fr");
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void natAndMediaSettingsAreReadAndDefaultToNoStunAndAnyPort() throws Exception {
    AppConfig c =
        new ConfigLoader()
            .load(
                write(
                    """
        [nat]
        stun = "stun.example.net"
        [media]
        rtp_ports = "16384-16482"
        """));
    assertThat(c.network().stun()).contains(new HostPort("stun.example.net", 3478));
    assertThat(c.network().rtpPorts())
        .isEqualTo(new dev.vorzimmer.media.RtpPortRange(16384, 16482));
    AppConfig d = new ConfigLoader().load(write("[sip]\nlisten = \"0.0.0.0:5062\"\n"));
    assertThat(d.network().stun()).isEmpty();
    assertThat(d.network().rtpPorts()).isEqualTo(dev.vorzimmer.media.RtpPortRange.ANY);
  }

  @Test
  void registrarDefaultsToDomainAndPortTo5060() throws Exception {
    Path f = write("[account]\nuser = \"bob\"\ndomain = \"example.net\"\npassword = \"x\"\n");
    AccountSettings a = new ConfigLoader().load(f).account().orElseThrow();
    assertThat(a.registrarHost()).isEqualTo("example.net");
    assertThat(a.registrarPort()).isEqualTo(5060);
    assertThat(a.transport()).isEqualTo("udp");
    assertThat(a.expires()).isEqualTo(300);
  }

  @Test
  void mediaEncryptionDefaultsToNoneAndSrtpOverUdpIsWarnedAbout() throws Exception {
    String base = "[account]\nuser = \"bob\"\ndomain = \"example.net\"\npassword = \"x\"\n";
    AppConfig plain = new ConfigLoader().load(write(base));
    assertThat(plain.account().orElseThrow().mediaEncryption()).isEqualTo("none");
    assertThat(plain.warnings()).isEmpty();
    AppConfig srtp = new ConfigLoader().load(write(base + "media_encryption = \"Required\"\n"));
    assertThat(srtp.account().orElseThrow().mediaEncryption()).isEqualTo("required");
    assertThat(srtp.warnings())
        .singleElement()
        .asString()
        .contains("media_encryption", "over udp", "clear text", "TLS");
  }

  @Test
  void tlsDefaultsToPort5061AndOptionalSrtpWithoutWarningAndReadsTheCaFile() throws Exception {
    String base =
        "[account]\nuser = \"bob\"\ndomain = \"example.net\"\npassword = \"x\"\n"
            + "transport = \"TLS\"\n";
    AppConfig plain = new ConfigLoader().load(write(base));
    AccountSettings a = plain.account().orElseThrow();
    assertThat(a.transport()).isEqualTo("tls");
    assertThat(a.registrarPort()).isEqualTo(5061);
    assertThat(a.mediaEncryption()).isEqualTo("optional");
    assertThat(a.caFile()).isEmpty();
    assertThat(plain.warnings()).isEmpty();

    Path notPem = dir.resolve("junk.pem");
    Files.writeString(notPem, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n");
    assertThatThrownBy(() -> new ConfigLoader().load(write(base + "ca_file = \"junk.pem\"\n")))
        .hasMessageContaining("config.toml:6")
        .hasMessageContaining("ca_file")
        .hasMessageContaining("PEM");
  }

  @Test
  void aSipsRegistrarOrProxyOrDomainImpliesTlsAndSipsUris() throws Exception {
    String base = "[account]\nuser = \"bob\"\npassword = \"x\"\n";
    AccountSettings registrar =
        new ConfigLoader()
            .load(write(base + "domain = \"example.net\"\nregistrar = \"SIPS:sip.example.net\"\n"))
            .account()
            .orElseThrow();
    assertThat(registrar.sips()).isTrue();
    assertThat(registrar.transport()).isEqualTo("tls");
    assertThat(registrar.registrarHost()).isEqualTo("sip.example.net");
    assertThat(registrar.registrarPort()).isEqualTo(5061);
    assertThat(registrar.extras().registrarPortGiven()).isFalse();
    assertThat(registrar.mediaEncryption()).isEqualTo("optional");

    AccountSettings domain =
        new ConfigLoader()
            .load(write(base + "domain = \"sips:example.net\"\ntransport = \"tls\"\n"))
            .account()
            .orElseThrow();
    assertThat(domain.sips()).isTrue();
    assertThat(domain.domain()).isEqualTo("example.net");
    assertThat(domain.registrarHost()).isEqualTo("example.net");

    AccountSettings proxy =
        new ConfigLoader()
            .load(
                write(base + "domain = \"example.net\"\nproxy = \"sips:proxy.example.net:5071\"\n"))
            .account()
            .orElseThrow();
    assertThat(proxy.sips()).isTrue();
    assertThat(proxy.transport()).isEqualTo("tls");
    assertThat(proxy.extras().proxy().orElseThrow().host()).isEqualTo("proxy.example.net");
    assertThat(proxy.extras().proxy().orElseThrow().port()).isEqualTo(5071);

    AccountSettings plain =
        new ConfigLoader()
            .load(write(base + "domain = \"example.net\"\ntransport = \"tls\"\n"))
            .account()
            .orElseThrow();
    assertThat(plain.sips()).isFalse();
  }

  static Stream<Arguments> badFiles() {
    String base = "[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword = \"hunter2\"\n";
    return Stream.of(
        Arguments.of(
            base + "transport = \"sctp\"\n", 5, "transport", "\"udp\", \"tcp\" or \"tls\""),
        Arguments.of(
            base + "ca_file = \"ca.pem\"\n", 5, "ca_file", "set transport = \"tls\" or remove"),
        Arguments.of(
            base + "transport = \"tls\"\nca_file = \"missing-ca.pem\"\n",
            6,
            "missing-ca.pem, which cannot be read",
            "relative paths start at the config file's folder"),
        Arguments.of(
            base + "registrar = \"sips:sip.example.net\"\ntransport = \"udp\"\n",
            6,
            "transport = \"udp\" cannot carry sips: URIs: [account] registrar is written with sips:",
            "set transport = \"tls\" (or leave transport out), or write registrar without sips:"),
        Arguments.of(
            "[account]\nuser = \"alice\"\ndomain = \"sips:example.net\"\ntransport = \"tcp\"\n"
                + "password = \"hunter2\"\n",
            4,
            "[account] domain is written with sips:",
            "write domain without sips:"),
        Arguments.of(base + "expires = \"300\"\n", 5, "expires", "whole number"),
        Arguments.of(
            base + "media_encryption = \"srtp\"\n",
            5,
            "media_encryption",
            "\"none\", \"optional\" or \"required\""),
        Arguments.of(base + "expires = 5\n", 5, "expires", "from 10 to 86400"),
        Arguments.of(base + "usr = \"x\"\n", 5, "usr", "did you mean user?"),
        Arguments.of(
            base + "registrar = \"sip.example.net:99999\"\n", 5, "registrar", "host[:port]"),
        Arguments.of(
            "[account]\ndomain = \"example.net\"\npassword = \"hunter2\"\n",
            2,
            "user",
            "add user ="),
        Arguments.of(
            "[account]\nuser = \"alice\"\ndomain = \"example.net\"\n",
            2,
            "no password",
            "password_file"),
        Arguments.of(
            "[account]\nuser = \"alice@example.net\"\ndomain = \"example.net\"\npassword = \"hunter2\"\n",
            2,
            "user",
            "user part only"),
        Arguments.of("[acount]\nuser = \"alice\"\n", 1, "acount", "did you mean [account]?"),
        Arguments.of("[sip]\nlisten = \"nonsense here\"\n", 2, "listen", "0.0.0.0:5062"),
        Arguments.of("[account]\nuser = alice\n", 2, "not valid TOML", "syntax"),
        Arguments.of("[screening]\nregion = \"Germany\"\n", 2, "region", "two-letter"),
        Arguments.of(base + "password_file = \"p.txt\"\n", 5, "password_file", "only one"),
        Arguments.of(
            "[screening]\nunknown = \"maybe\"\n", 2, "unknown", "\"voicemail\" or \"ring\""),
        Arguments.of(
            "[screening]\nquiet_hours = [\"Mon-Fri 25:00-07:00\"]\n",
            2,
            "quiet_hours",
            "Mon-Fri 22:00-07:00"),
        Arguments.of("[screening]\nrobot_min_callers = 1\n", 2, "robot_min_callers", "0 to switch"),
        Arguments.of("[screening]\nreject_status = 200\n", 2, "reject_status", "400 to 699"),
        Arguments.of(
            "[screening]\nforged_ids = \"yes\"\n",
            2,
            "forged_ids",
            "forged_ids = true or forged_ids = false"),
        Arguments.of(
            "[screening]\nping_call = false\n", 2, "ping_call", "did you mean ping_calls?"),
        Arguments.of(
            "[screening]\ncallback_allow_hours = -1\n",
            2,
            "callback_allow_hours",
            "from 0 to 8760"),
        Arguments.of(
            "[screening]\nregion = \"DE\"\n[screening.lookup]\nenabled = true\n",
            4,
            "needs a token",
            "token ="),
        Arguments.of(
            "[screening.lookup]\nactoin = \"reject\"\n", 2, "actoin", "did you mean action?"),
        Arguments.of("[calls]\nbusy = \"ignore\"\n", 2, "busy", "\"voicemail\" or \"reject\""),
        Arguments.of("[voicemail]\nmax_seconds = 5\n", 2, "max_seconds", "from 10 to 3600"),
        Arguments.of("[screening.lookup]\nbudget_ms = 3000\n", 2, "budget_ms", "at most 1500"),
        Arguments.of(
            "[screening.lookup]\nurl = \"http://phoneblock.net/phoneblock/api\"\n",
            2,
            "url",
            "url = \"https://"),
        Arguments.of(
            "[screening.lookup]\nurl = \"ftp://127.0.0.1/api\"\n", 2, "url", "url = \"https://"),
        Arguments.of("[storage]\nkeep_calls_days = 0\n", 2, "keep_calls_days", "from 1 to 36500"),
        Arguments.of("[sip]\n\"my key\" = 1\n", 2, "my key", "remove it"),
        Arguments.of("\"a.b c\" = 1\n", 1, "a.b c", "known sections"),
        Arguments.of(
            "[storage]\nkeep_call_days = 30\n",
            2,
            "keep_call_days",
            "did you mean keep_calls_days?"),
        Arguments.of(
            "[account]\nuser = \"alice\"\ndomain = \"x.test\"\npassword = \"hunter2\"q9#Lm\"\n",
            4,
            "password or token",
            "quoting"),
        Arguments.of("[voicemail]\nmin_free_mb = -1\n", 2, "min_free_mb", "from 0 to 1000000"),
        Arguments.of("[voicemail]\nmax_total_mb = 5\n", 2, "max_total_mb", "from 10 to 10000000"),
        Arguments.of("[voicemail]\nmax_total_mb = \"lots\"\n", 2, "max_total_mb", "2000"),
        Arguments.of(
            "[nat]\nstun = \"stun.example.net:99999\"\n", 2, "stun", "stun.example.net:3478"),
        Arguments.of("[nat]\nstnu = \"stun.example.net\"\n", 2, "stnu", "did you mean stun?"),
        Arguments.of("[media]\nrtp_ports = \"16384\"\n", 2, "rtp_ports", "16384-16482"),
        Arguments.of("[media]\nrtp_ports = \"16385-16482\"\n", 2, "even port", "16384-16482"),
        Arguments.of("[media]\nrtp_ports = \"16482-16384\"\n", 2, "lowest first", "16384-16482"),
        Arguments.of(
            "[media]\nrtp_ports = \"16384-16385\"\n", 2, "only one RTP port", "16384-16387"),
        Arguments.of("[meda]\nrtp_ports = \"16384-16482\"\n", 1, "meda", "did you mean [media]?"));
  }

  @Test
  void aMalformedUnicodeEscapeIsAConfigErrorEvenWithAssertionsOn() throws IOException {
    // tomlj checks "\\u" escapes with assert: under -ea (as in tests) it threw AssertionError
    Path f = write("[account]\nuser = \"\\ualice\"\ndomain = \"x.test\"\npassword = \"pw\"\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f.toString())
        .hasMessageContaining("Fix: ");
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("badFiles")
  void badFileNamesFileLineKeyAndFix(String text, int line, String mentions, String fix)
      throws IOException {
    Path f = write(text);
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> {
              ConfigException ce = (ConfigException) e;
              assertThat(ce.line()).isEqualTo(line);
              assertThat(ce.file()).isEqualTo(f);
            })
        .hasMessageStartingWith(f + ":" + line + ": ")
        .hasMessageContaining(mentions)
        .hasMessageContaining(fix)
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void screeningSettingsAreRead() throws Exception {
    Path f =
        write(
            """
        [screening]
        region = "CH"
        unknown = "ring"
        anonymous = "voicemail"
        repeat_minutes = 3
        robot_min_callers = 4
        robot_prefix_drop_digits = 3
        robot_window_minutes = 15
        robot_quarantine_hours = 48
        quiet_hours = ["Mon-Fri 22:00-07:00", "Sat,Sun 00:00-09:00"]
        reject_status = 486
        [screening.lookup]
        enabled = true
        token = "tok"
        url = "http://127.0.0.1:9/api"
        budget_ms = 250
        threshold = 6
        action = "voicemail"
        """);
    ScreeningConfig s = new ConfigLoader().load(f).screening();
    assertThat(s.region()).isEqualTo("CH");
    assertThat(s.unknownVerdict()).isEqualTo(Verdict.RING);
    assertThat(s.repeatWindow()).isEqualTo(Duration.ofMinutes(3));
    assertThat(s.robotMinCallers()).isEqualTo(4);
    assertThat(s.robotPrefixDropDigits()).isEqualTo(3);
    assertThat(s.robotWindow()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.robotQuarantine()).isEqualTo(Duration.ofHours(48));
    assertThat(s.quietHours()).hasSize(2);
    assertThat(s.rejectWith()).isEqualTo(dev.vorzimmer.screening.RejectWith.status(486));
    assertThat(s.lookup().enabled()).isTrue();
    assertThat(s.lookup().budget()).isEqualTo(Duration.ofMillis(250));
    assertThat(s.lookup().threshold()).isEqualTo(6);
    assertThat(s.lookup().action()).isEqualTo(Verdict.VOICEMAIL);
  }

  @Test
  void quietHoursAreSeveralSpansAndASingleSpanAsAStringIsStillRead() throws Exception {
    ScreeningConfig three =
        new ConfigLoader()
            .load(
                write(
                    "[screening]\nquiet_hours = [\"Mon-Fri 22:00-07:00\", \"Sat,Sun 00:00-09:00\","
                        + " \"daily 12:00-13:00\"]\n"))
            .screening();
    assertThat(three.quietHours()).hasSize(3);
    ScreeningConfig old =
        new ConfigLoader()
            .load(write("[screening]\nquiet_hours = \"Mon-Fri 22:00-07:00\"\n"))
            .screening();
    assertThat(old.quietHours()).extracting(q -> q.text()).containsExactly("Mon-Fri 22:00-07:00");
  }

  @Test
  void forgedIdsAndPingCallsAreOnByDefaultAndCanBeSwitchedOff() throws Exception {
    ScreeningConfig defaults =
        new ConfigLoader().load(write("[screening]\nregion = \"DE\"\n")).screening();
    ScreeningConfig off =
        new ConfigLoader()
            .load(write("[screening]\nforged_ids = false\nping_calls = false\n"))
            .screening();
    assertThat(defaults.forgedIds()).isTrue();
    assertThat(defaults.pingCalls()).isTrue();
    assertThat(off.forgedIds()).isFalse();
    assertThat(off.pingCalls()).isFalse();
  }

  @Test
  void callBacksRingFor48HoursByDefaultAndZeroSwitchesItOff() throws Exception {
    ScreeningConfig defaults =
        new ConfigLoader().load(write("[screening]\nregion = \"DE\"\n")).screening();
    ScreeningConfig day =
        new ConfigLoader().load(write("[screening]\ncallback_allow_hours = 24\n")).screening();
    ScreeningConfig off =
        new ConfigLoader().load(write("[screening]\ncallback_allow_hours = 0\n")).screening();
    assertThat(defaults.callbackAllow()).isEqualTo(java.time.Duration.ofHours(48));
    assertThat(day.callbackAllow()).isEqualTo(java.time.Duration.ofHours(24));
    assertThat(off.callbackAllow()).isZero();
  }

  @Test
  void callAndVoicemailSettingsAreRead() throws Exception {
    Path f =
        write(
            "[calls]\nring_seconds = 15\nbusy = \"reject\"\ntrusted_hosts = [\"10.1.1.1\"]\n[voicemail]\nmax_seconds = 60\nsilence_seconds = 5\n");
    CallsAndVoicemailSettings c = new ConfigLoader().load(f).calls();
    assertThat(c)
        .isEqualTo(new CallsAndVoicemailSettings(15, false, List.of("10.1.1.1"), 60, 5, "de"));
    assertThat(new ConfigLoader().load(dir.resolve("none.toml")).calls())
        .isEqualTo(CallsAndVoicemailSettings.defaults());
  }

  @Test
  void diskLimitsForMessagesAreReadWithDefaults500And2000() throws Exception {
    CallsAndVoicemailSettings d = new ConfigLoader().load(dir.resolve("none.toml")).calls();
    assertThat(d.minFreeMb()).isEqualTo(500);
    assertThat(d.maxTotalMb()).isEqualTo(2000);
    Path f = write("[voicemail]\nmin_free_mb = 0\nmax_total_mb = 50000\n");
    CallsAndVoicemailSettings c = new ConfigLoader().load(f).calls();
    assertThat(c.minFreeMb()).isZero();
    assertThat(c.maxTotalMb()).isEqualTo(50000);
  }

  @Test
  void passwordFileIsReadRelativeToTheConfig() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "pw-from-file\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    Path f =
        write(
            "[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword_file = \"secret.txt\"\n");
    assertThat(new ConfigLoader().load(f).account().orElseThrow().password())
        .isEqualTo("pw-from-file");
  }

  @Test
  void missingPasswordFileIsAnErrorOnItsLine() throws Exception {
    Path f =
        write(
            "[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword_file = \"nope.txt\"\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .hasMessageStartingWith(f + ":4: [account] password_file names")
        .hasMessageContaining("nope.txt");
  }

  @Test
  void passwordInAWorldReadableFileGivesAWarningButNoPassword() throws Exception {
    Path f =
        write("[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword = \"hunter2\"\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    List<String> warnings = new ConfigLoader().load(f).warnings();
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("readable by other users")
        .contains("chmod 600")
        .doesNotContain("hunter2");
  }

  @Test
  void privateFileGivesNoWarning() throws Exception {
    Path f =
        write("[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword = \"hunter2\"\n");
    assertThat(new ConfigLoader().load(f).warnings()).isEmpty();
  }

  @Test
  void aBadPasswordLineIsNamedButNeverEchoed() throws Exception {
    Path f = write("[account]\nuser = \"alice\"\ndomain = \"x.test\"\npassword = \"Xy7\"q9#Lm\"\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":4: ")
        .hasMessageNotContaining("q9")
        .hasMessageNotContaining("Xy7")
        .hasMessageNotContaining("Lm");
    Path token = write("[screening.lookup]\ntoken = \"ab\"cd\"\n");
    assertThatThrownBy(() -> new ConfigLoader().load(token))
        .hasMessageStartingWith(token + ":2: ")
        .hasMessageNotContaining("cd");
  }

  @Test
  void storageRetentionIsReadWithAYearByDefault() throws Exception {
    assertThat(new ConfigLoader().load(write("[storage]\nkeep_calls_days = 30\n")).keepCallsDays())
        .isEqualTo(30);
    assertThat(
            new ConfigLoader().load(write("[sip]\nlisten = \"127.0.0.1:5062\"\n")).keepCallsDays())
        .isEqualTo(365);
    assertThat(new ConfigLoader().load(dir.resolve("none.toml")).keepCallsDays()).isEqualTo(365);
  }

  @Test
  void plainHttpLookupIsOnlyAcceptedOnThisMachine() throws Exception {
    Path f = write("[screening.lookup]\nurl = \"http://localhost:8080/api\"\n");
    assertThat(new ConfigLoader().load(f).screening().lookup().url().toString())
        .isEqualTo("http://localhost:8080/api");
  }
}
