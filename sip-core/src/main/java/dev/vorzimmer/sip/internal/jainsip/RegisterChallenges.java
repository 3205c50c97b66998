package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.util.Optional;
import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Digest answers to a REGISTER's 401/407: one per request, a second only when the registrar says
 * our nonce was merely stale, and only for the account's realm ({@link DigestRealms}). Runs on the
 * SIP event thread.
 */
final class RegisterChallenges {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterChallenges.class);

  private final SipContext context;
  private final AccountConfig account;
  private final AuthenticationHelper digest;
  private final DigestRealms realms;
  private int answered;

  /** The digest retry to send, or why authentication failed (exactly one is set). */
  record Answer(Optional<ClientTransaction> retry, Optional<String> failure) {}

  RegisterChallenges(
      SipContext context, AccountConfig account, AuthenticationHelper digest, DigestRealms realms) {
    this.context = context;
    this.account = account;
    this.digest = digest;
    this.realms = realms;
  }

  /** A new REGISTER is about to be sent: it may be answered afresh. */
  void reset() {
    answered = 0;
  }

  /** Answers the challenge in {@code event}, or says why not. */
  Answer answer(ResponseEvent event) {
    Response response = event.getResponse();
    if (answered >= allowed(response)) {
      return failed("authentication failed: " + response.getStatusCode() + " from registrar");
    }
    Optional<String> refusal = realms.refusalForRegister(response);
    if (refusal.isPresent()) {
      return failed("authentication failed: " + refusal.get());
    }
    answered++;
    try {
      ClientTransaction retry =
          digest.handleChallenge(response, event.getClientTransaction(), context.provider(), 0);
      return new Answer(Optional.of(retry), Optional.empty());
    } catch (Exception e) {
      LOG.warn("cannot answer digest challenge for {}", account.aor(), e);
      return failed("authentication failed: cannot answer challenge (" + e.getMessage() + ")");
    }
  }

  private static Answer failed(String reason) {
    return new Answer(Optional.empty(), Optional.of(reason));
  }

  private static int allowed(Response response) {
    String header =
        response.getStatusCode() == Response.UNAUTHORIZED
            ? WWWAuthenticateHeader.NAME
            : "Proxy-Authenticate";
    WWWAuthenticateHeader challenge = (WWWAuthenticateHeader) response.getHeader(header);
    boolean stale = challenge != null && "true".equalsIgnoreCase(challenge.getParameter("stale"));
    return stale ? 2 : 1;
  }
}
