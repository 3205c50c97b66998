package dev.vorzimmer.sip.internal.jainsip;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Response;

/**
 * The one digest realm the account answers challenges for: {@code [account] realm} if configured,
 * otherwise the realm of the registrar's first challenge. A challenge naming any other realm (a
 * hostile callee asking for an MD5 response it could crack offline) is refused before a digest is
 * computed. Owned by the SIP event thread.
 */
final class DigestRealms {

  private final Optional<String> configured;
  private String learned;

  DigestRealms(Optional<String> configured) {
    this.configured = configured;
  }

  /**
   * A REGISTER was challenged: why we must not answer, or empty (then the realm is ours from now
   * on).
   */
  Optional<String> refusalForRegister(Response challenge) {
    List<String> realms = realmsOf(challenge);
    if (configured.isEmpty() && learned == null && !realms.isEmpty()) {
      learned = realms.get(0);
    }
    return refusal(realms, "the registrar");
  }

  /** An outgoing call was challenged: why we must not answer, or empty. */
  Optional<String> refusalForCall(Response challenge) {
    return refusal(realmsOf(challenge), "the callee side");
  }

  /** True when a digest for {@code realm} may be computed. */
  boolean allows(String realm) {
    return ours().map(r -> r.equalsIgnoreCase(realm)).orElse(false);
  }

  private Optional<String> ours() {
    return configured.isPresent() ? configured : Optional.ofNullable(learned);
  }

  private Optional<String> refusal(List<String> realms, String who) {
    if (realms.isEmpty()) {
      return Optional.of(who + " sent a challenge without a realm");
    }
    if (ours().isEmpty()) {
      return Optional.of(
          "challenge for realm \""
              + realms.get(0)
              + "\" refused: no realm is known yet "
              + "(register first, or set [account] realm)");
    }
    for (String realm : realms) {
      if (!allows(realm)) {
        return Optional.of(
            "challenge for realm \""
                + realm
                + "\" from "
                + who
                + " refused: our realm is \""
                + ours().get()
                + "\" (set [account] realm if the provider uses another)");
      }
    }
    return Optional.empty();
  }

  private static List<String> realmsOf(Response response) {
    List<String> realms = new ArrayList<>();
    for (String name : List.of(WWWAuthenticateHeader.NAME, ProxyAuthenticateHeader.NAME)) {
      ListIterator<?> headers = response.getHeaders(name);
      while (headers != null && headers.hasNext()) {
        Object header = headers.next();
        String realm =
            header instanceof WWWAuthenticateHeader w
                ? w.getRealm()
                : header instanceof ProxyAuthenticateHeader p ? p.getRealm() : null;
        realms.add(realm == null ? "" : realm);
      }
    }
    realms.removeIf(String::isEmpty);
    return realms;
  }
}
