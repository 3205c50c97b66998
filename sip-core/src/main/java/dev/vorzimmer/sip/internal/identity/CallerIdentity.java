package dev.vorzimmer.sip.internal.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks the caller's identity from an INVITE's headers, the way a provider hands over PSTN calls:
 * {@code P-Asserted-Identity} and {@code Remote-Party-ID} are believed only when the request comes
 * from a trusted source (our registrar/outbound proxy or a configured trusted host); otherwise the
 * From header is all we have.
 *
 * @param number the presented number (user part), may be empty
 * @param source the header it came from
 * @param displayName display name from the same header
 * @param privacy privacy request ("id", "header;user", … or "" for none)
 * @param verstat STIR/SHAKEN result, if any
 */
public record CallerIdentity(
    String number, String source, String displayName, String privacy, Optional<String> verstat) {

  /**
   * @param from the From header value
   * @param assertedIdentities P-Asserted-Identity values (each may hold one name-addr)
   * @param remotePartyId the Remote-Party-ID value, or null
   * @param privacyValues Privacy header values
   * @param trusted true when the request came from our provider or a trusted host
   */
  public static CallerIdentity extract(
      String from,
      List<String> assertedIdentities,
      String remotePartyId,
      List<String> privacyValues,
      boolean trusted) {
    Optional<NameAddr> fromAddr = NameAddr.parse(from);
    String privacy =
        privacyValues.stream()
            .flatMap(v -> List.of(v.split("[;,]")).stream())
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty() && !s.equals("none"))
            .distinct()
            .collect(Collectors.joining(";"));
    if (trusted) {
      Optional<NameAddr> pai =
          assertedIdentities.stream()
              .map(NameAddr::parse)
              .flatMap(Optional::stream)
              .filter(a -> !a.user().isEmpty())
              .findFirst();
      if (pai.isPresent()) {
        return of(pai.get(), "P-Asserted-Identity", privacy, fromAddr);
      }
      Optional<NameAddr> rpid = NameAddr.parse(remotePartyId).filter(a -> !a.user().isEmpty());
      if (rpid.isPresent()) {
        boolean full =
            rpid.get()
                .param("privacy")
                .map(p -> p.equalsIgnoreCase("full") || p.equalsIgnoreCase("uri"))
                .orElse(false);
        String p =
            full && !privacy.contains("id")
                ? (privacy.isEmpty() ? "id" : privacy + ";id")
                : privacy;
        return of(rpid.get(), "Remote-Party-ID", p, fromAddr);
      }
    }
    return fromAddr
        .map(f -> of(f, "From", privacy, fromAddr))
        .orElse(new CallerIdentity("", "From", "", privacy, Optional.empty()));
  }

  private static CallerIdentity of(
      NameAddr addr, String source, String privacy, Optional<NameAddr> from) {
    Optional<String> verstat =
        addr.param("verstat").or(() -> from.flatMap(f -> f.param("verstat")));
    return new CallerIdentity(addr.user(), source, addr.displayName(), privacy, verstat);
  }
}
