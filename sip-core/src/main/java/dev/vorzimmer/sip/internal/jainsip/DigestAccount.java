package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import gov.nist.javax.sip.clientauthutils.AccountManager;
import gov.nist.javax.sip.clientauthutils.UserCredentials;
import javax.sip.ClientTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the account's credentials (the auth user, else the account user) to JAIN-SIP's digest
 * helper, and only for the account's realm ({@link DigestRealms}); for any other realm it hands out
 * nothing. Never logs the password.
 */
final class DigestAccount implements AccountManager {

  private static final Logger LOG = LoggerFactory.getLogger(DigestAccount.class);

  private final AccountConfig account;
  private final DigestRealms realms;

  DigestAccount(AccountConfig account, DigestRealms realms) {
    this.account = account;
    this.realms = realms;
  }

  @Override
  public UserCredentials getCredentials(ClientTransaction challengedTransaction, String realm) {
    if (!realms.allows(realm)) {
      LOG.warn("no credentials for realm {} (account {})", realm, account.aor());
      return null;
    }
    return new UserCredentials() {
      @Override
      public String getUserName() {
        return account.digestUser();
      }

      @Override
      public String getPassword() {
        return account.password();
      }

      @Override
      public String getSipDomain() {
        return account.domain();
      }

      @Override
      public String toString() {
        return "UserCredentials["
            + account.digestUser()
            + "@"
            + account.domain()
            + ", password=***]";
      }
    };
  }
}
