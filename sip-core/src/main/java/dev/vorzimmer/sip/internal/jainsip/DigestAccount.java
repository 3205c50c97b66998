package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import gov.nist.javax.sip.clientauthutils.AccountManager;
import gov.nist.javax.sip.clientauthutils.UserCredentials;
import javax.sip.ClientTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands the account's credentials to JAIN-SIP's digest helper. Never logs the password. */
final class DigestAccount implements AccountManager {

    private static final Logger LOG = LoggerFactory.getLogger(DigestAccount.class);

    private final AccountConfig account;

    DigestAccount(AccountConfig account) {
        this.account = account;
    }

    @Override
    public UserCredentials getCredentials(ClientTransaction challengedTransaction, String realm) {
        if (!account.domain().equalsIgnoreCase(realm)) {
            LOG.debug("answering challenge for realm {} of account {} (domain {})", realm, account.aor(),
                    account.domain());
        }
        return new UserCredentials() {
            @Override
            public String getUserName() {
                return account.user();
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
                return "UserCredentials[" + account.user() + "@" + account.domain() + ", password=***]";
            }
        };
    }
}
