package dev.vorzimmer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.CallSecurity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SecurityBadgeTest {
  private final Texts en = new Texts(Locale.ENGLISH);
  private final Texts de = new Texts(Locale.GERMAN);

  @Test
  void eachLevelHasItsWordsInEnglishAndGerman() {
    assertThat(en.get(SecurityBadge.key(CallSecurity.of(true, true))))
        .isEqualTo("Encrypted: TLS + SRTP");
    assertThat(en.get(SecurityBadge.key(CallSecurity.of(false, true))))
        .isEqualTo("Encrypted audio (SRTP), signalling unencrypted");
    assertThat(en.get(SecurityBadge.key(CallSecurity.of(true, false))))
        .isEqualTo("Signalling encrypted (TLS), audio unencrypted");
    assertThat(en.get(SecurityBadge.key(CallSecurity.PLAIN))).isEqualTo("Not encrypted");
    assertThat(de.get(SecurityBadge.key(CallSecurity.of(true, true))))
        .isEqualTo("Verschlüsselt: TLS + SRTP");
    assertThat(de.get(SecurityBadge.key(CallSecurity.PLAIN))).isEqualTo("Nicht verschlüsselt");
  }

  @Test
  void onlyFullEncryptionGetsTheClosedLock() {
    assertThat(SecurityBadge.iconName(CallSecurity.of(true, true))).isEqualTo("lock-closed");
    assertThat(SecurityBadge.iconName(CallSecurity.of(false, true))).isEqualTo("lock-partial");
    assertThat(SecurityBadge.iconName(CallSecurity.of(true, false))).isEqualTo("lock-partial");
    assertThat(SecurityBadge.iconName(CallSecurity.PLAIN)).isEqualTo("lock-open");
    for (String name : new String[] {"lock-closed", "lock-partial", "lock-open"}) {
      assertThat(SecurityBadge.class.getResource("/dev/vorzimmer/ui/icons/" + name + ".svg"))
          .as(name)
          .isNotNull();
    }
  }
}
