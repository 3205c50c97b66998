package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.config.AccountExtras;
import dev.vorzimmer.app.config.AccountSettings;
import dev.vorzimmer.app.config.HostPort;
import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.ServerAddress;
import dev.vorzimmer.sip.Transport;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.settings.AccountForm.Field;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountFormTest {
  private final Texts en = new Texts(Locale.ENGLISH);
  private final Texts de = new Texts(Locale.GERMAN);

  private static AccountForm form(String user, String domain, String registrar, String password) {
    return new AccountForm(user, domain, registrar, "udp", password, Optional.empty());
  }

  @Test
  void aCompleteFormHasNoProblems() {
    assertThat(form("alice", "example.net", "sip.example.net:5070", "pw").problems(en)).isEmpty();
    assertThat(form(" alice ", "example.net", "", "pw").problems(en)).isEmpty();
    assertThat(form("alice", "example.net", "[2001:db8::1]:5060", "pw").problems(en)).isEmpty();
  }

  @Test
  void anEmptyFormNamesEveryMissingFieldInBothLanguages() {
    Map<Field, String> p = form("", " ", "", "").problems(en);
    assertThat(p).containsOnlyKeys(Field.USER, Field.DOMAIN, Field.PASSWORD);
    assertThat(p.get(Field.USER))
        .isEqualTo("Enter the user name (the part before the @, e.g. alice).");
    assertThat(p.get(Field.DOMAIN)).isEqualTo("Enter the SIP domain (e.g. example.net).");
    assertThat(p.get(Field.PASSWORD)).isEqualTo("Enter the password.");
    assertThat(form("", "", "", "").problems(de).get(Field.USER))
        .startsWith("Bitte den Benutzernamen eingeben");
  }

  @Test
  void aFullAddressOrSpacesInTheUserAreRefused() {
    assertThat(form("alice@example.net", "example.net", "", "pw").problems(en).get(Field.USER))
        .isEqualTo(
            "“alice@example.net” is not a user name: write only the part before the @, without spaces (e.g. alice).");
    assertThat(form("al ice", "example.net", "", "pw").problems(de).get(Field.USER))
        .startsWith("„al ice“ ist kein Benutzername");
  }

  @Test
  void aDomainWithSpacesOrAPortIsRefused() {
    assertThat(form("alice", "example .net", "", "pw").problems(en).get(Field.DOMAIN))
        .isEqualTo(
            "“example .net” is not a domain name: no spaces and no port (e.g. example.net).");
    assertThat(form("alice", "example.net:5060", "", "pw").problems(en)).containsKey(Field.DOMAIN);
  }

  @Test
  void aBadPortIsNamedAsSuch() {
    assertThat(
            form("alice", "example.net", "sip.example.net:70000", "pw")
                .problems(en)
                .get(Field.REGISTRAR))
        .isEqualTo(
            "“70000” is not a port: use a number from 1 to 65535 (e.g. sip.example.net:5060).");
    assertThat(
            form("alice", "example.net", "sip.example.net:abc", "pw")
                .problems(de)
                .get(Field.REGISTRAR))
        .startsWith("„abc“ ist kein Port");
    assertThat(
            form("alice", "example.net", "sip example.net", "pw").problems(en).get(Field.REGISTRAR))
        .startsWith("“sip example.net” is not a registrar address");
  }

  @Test
  void aStoredPasswordMayBeKeptByLeavingTheFieldEmpty() {
    AccountForm kept =
        new AccountForm("alice", "example.net", "", "tcp", "", Optional.of("secret"));
    assertThat(kept.problems(en)).isEmpty();
    assertThat(kept.configKeys()).doesNotContainKeys("password", "password_file");
    AccountConfig a = kept.toAccount(300);
    assertThat(a.password()).isEqualTo("secret");
    assertThat(a.transport()).isEqualTo(Transport.TCP);
    assertThat(a.registrarHost()).isEqualTo("example.net");
    assertThat(a.registrarPort()).isEqualTo(5060);
  }

  @Test
  void configKeysWriteATypedPasswordInsteadOfAPasswordFileAndDropABlankRegistrar() {
    Map<String, Object> expected = new HashMap<>();
    expected.put("user", "alice");
    expected.put("domain", "example.net");
    expected.put("registrar", null);
    expected.put("transport", "udp");
    expected.put("password", "pw");
    expected.put("password_file", null);
    assertThat(form("alice ", "example.net", " ", "pw").configKeys()).isEqualTo(expected);
  }

  @Test
  void theSavedAccountFillsTheFormWithoutShowingItsPassword() {
    AccountForm f =
        AccountForm.of(
            new AccountSettings("alice", "example.net", "10.0.0.1", 5070, "pw", "tcp", 300));
    assertThat(f.registrar()).isEqualTo("10.0.0.1:5070");
    assertThat(f.password()).isEmpty();
    assertThat(f.storedPassword()).contains("pw");
    assertThat(
            AccountForm.of(
                    new AccountSettings(
                        "alice", "example.net", "example.net", 5060, "pw", "udp", 300))
                .registrar())
        .isEmpty();
    assertThat(f.toString()).doesNotContain("pw");
  }

  @Test
  void aTestRegistrationUsesTheSavedProviderKeysAndLeavesAPortlessRegistrarToDns() {
    AccountExtras extras =
        new AccountExtras(
            Optional.of(new HostPort("proxy.example.net", 5070)),
            Optional.of("4930123"),
            Optional.of("Alice"),
            Optional.of("example.net"),
            false);
    AccountForm saved =
        AccountForm.of(
            new AccountSettings("alice", "example.net", "example.net", 5060, "pw", "udp", 300)
                .toBuilder().extras(extras).build());

    AccountConfig account = saved.toAccount(300);

    assertThat(account.firstHop()).isEqualTo(ServerAddress.of("proxy.example.net", 5070));
    assertThat(account.digestUser()).isEqualTo("4930123");
    assertThat(account.provider().displayName()).contains("Alice");
    assertThat(account.provider().realm()).contains("example.net");
    assertThat(account.registrar().port()).isEmpty();
    assertThat(
            form("alice", "example.net", "sip.example.net:5070", "pw").toAccount(300).registrar())
        .isEqualTo(ServerAddress.of("sip.example.net", 5070));
  }
}
