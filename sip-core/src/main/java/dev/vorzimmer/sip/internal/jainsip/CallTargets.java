package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns what the user dialled into the Request-URI of an outgoing INVITE. */
public final class CallTargets {

  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9*#]{1,32}");

  private CallTargets() {}

  /**
   * Resolves {@code target}: a {@code sip:}/{@code sips:} URI is used as it is; a {@code tel:} URI
   * or a normalised number ({@code +4930…}, {@code 030…}, {@code **61}) becomes {@code
   * sip:<number>@<domain>;user=phone} of the account ({@code sips:} for a SIPS account).
   *
   * @throws IllegalArgumentException for anything else, for a malformed URI, for a {@code sips:}
   *     URI without a TLS account (it is never called over UDP or TCP), and for numbers on a local
   *     line (which has no domain to call through: give a full {@code sip:} URI)
   */
  public static String resolve(String target, Optional<AccountConfig> account) {
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("call target must not be blank");
    }
    String t = target.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
      Optional<String> refusal =
          SipsUris.dialRefusal(t, account.map(AccountConfig::transport).orElse(null));
      if (refusal.isPresent()) {
        throw new IllegalArgumentException(refusal.get());
      }
      return checked(t);
    }
    String number = lower.startsWith("tel:") ? t.substring(4).split(";", 2)[0] : t;
    if (!NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException("not a SIP URI, tel: URI or phone number: " + target);
    }
    AccountConfig a =
        account.orElseThrow(
            () ->
                new IllegalArgumentException(
                    "a local line cannot call a number; give a full sip: URI instead of "
                        + target));
    return checked(a.scheme() + ":" + number + "@" + a.domain() + ";user=phone");
  }

  private static String checked(String uri) {
    try {
      new AddressFactoryImpl().createURI(uri);
      return uri;
    } catch (ParseException e) {
      throw new IllegalArgumentException("malformed call target " + uri + ": " + e.getMessage(), e);
    }
  }
}
