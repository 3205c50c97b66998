package dev.vorzimmer.sip.internal.jainsip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.Transport;
import dev.vorzimmer.sip.internal.AdvertisedAddress;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;

/**
 * What a {@code sips:} account and a {@code sips:} target put into our requests (RFC 3261 §8.1.1.8,
 * §10.2.1, §19.1; RFC 5630), and which combinations are refused before anything is sent.
 */
class SipsUrisTest {

  private static final AccountConfig TLS =
      new AccountConfig(
          "alice", "example.test", "sip.example.test", 5061, "pw", Transport.TLS, 300);
  private static final AccountConfig SIPS = TLS.toBuilder().sips(true).build();
  private static final AccountConfig UDP =
      new AccountConfig(
          "alice", "example.test", "sip.example.test", 5060, "pw", Transport.UDP, 300);

  private final SipContext context =
      new SipContext(
          null,
          new MessageFactoryImpl(),
          new HeaderFactoryImpl(),
          new AddressFactoryImpl(),
          Map.of(),
          null,
          "127.0.0.1",
          5062,
          AdvertisedAddress.probe("127.0.0.1", 5062, Optional.empty()));

  private Request register(AccountConfig account) throws Exception {
    return new RequestBuilder(context, account, new ProviderRoute()).register(300);
  }

  private Request invite(AccountConfig account, String target) throws Exception {
    return new InviteBuilder(
            context,
            Optional.ofNullable(account),
            new CallMessages(context, "alice"),
            account == null ? "sip:alice@127.0.0.1" : account.aor(),
            new ProviderRoute())
        .invite(context.advertised().newCallId(), target, "v=0\r\n");
  }

  @Test
  void aSipsAccountRegistersItsSipsAddressOfRecordWithASipsContactAndRoute() throws Exception {
    Request register = register(SIPS);

    assertThat(register.getRequestURI().toString()).isEqualTo("sips:example.test");
    assertThat(((ToHeader) register.getHeader(ToHeader.NAME)).getAddress().getURI().toString())
        .isEqualTo("sips:alice@example.test");
    assertThat(((FromHeader) register.getHeader(FromHeader.NAME)).getAddress().getURI().toString())
        .isEqualTo("sips:alice@example.test");
    assertThat(contact(register)).isEqualTo("sips:alice@127.0.0.1:5062");
    assertThat(route(register)).isEqualTo("sips:sip.example.test:5061;lr");
    assertThat(register.getHeader("Via").toString()).contains("SIP/2.0/TLS").contains(";alias");
  }

  @Test
  void aTlsAccountWithoutSipsKeepsSipUrisThatNameTheTransport() throws Exception {
    Request register = register(TLS);

    assertThat(register.getRequestURI().toString()).isEqualTo("sip:example.test");
    assertThat(contact(register)).isEqualTo("sip:alice@127.0.0.1:5062;transport=tls");
    assertThat(route(register)).isEqualTo("sip:sip.example.test:5061;transport=tls;lr");
    assertThat(SIPS.aor()).isEqualTo("sips:alice@example.test");
    assertThat(TLS.aor()).isEqualTo("sip:alice@example.test");
  }

  @Test
  void callingASipsAddressOverTlsUsesASipsContactAndRoute() throws Exception {
    Request invite = invite(TLS, "sips:bob@example.org");

    assertThat(invite.getRequestURI().toString()).isEqualTo("sips:bob@example.org");
    assertThat(contact(invite)).isEqualTo("sips:alice@127.0.0.1:5062");
    assertThat(route(invite)).isEqualTo("sips:sip.example.test:5061;lr");
  }

  @Test
  void aSipsAddressIsNeverCalledOverUdpTcpOrALocalLine() {
    assertThatThrownBy(() -> invite(UDP, "sips:bob@example.org"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("sips: address is called over TLS only")
        .hasMessageContaining("transport = \"udp\"");
    assertThatThrownBy(() -> invite(null, "SIPS:bob@127.0.0.1:5071"))
        .hasMessageContaining("local line");
    assertThatThrownBy(() -> CallTargets.resolve("sips:bob@example.org", Optional.of(UDP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("set [account] transport = \"tls\"");
    assertThatThrownBy(() -> CallTargets.resolve("sips:bob@127.0.0.1", Optional.empty()))
        .hasMessageContaining("local line has no TLS");
  }

  @Test
  void numbersDialledOnASipsAccountBecomeSipsUris() {
    assertThat(CallTargets.resolve("+4930123456", Optional.of(SIPS)))
        .isEqualTo("sips:+4930123456@example.test;user=phone");
    assertThat(CallTargets.resolve("sips:bob@example.org", Optional.of(TLS)))
        .isEqualTo("sips:bob@example.org");
  }

  @Test
  void aSipsAccountNeedsTls() {
    assertThatThrownBy(() -> UDP.toBuilder().sips(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sips: URIs need transport TLS");
  }

  @Test
  void aSipsRequestIsRefusedWith416UnlessItCameOverTls() throws Exception {
    Request overUdp = invite(TLS, "sips:alice@127.0.0.1:5062");

    assertThat(SipsUris.refusal(overUdp, false))
        .contains("a sips: request that did not arrive over TLS");
    assertThat(SipsUris.refusal(overUdp, true)).isEmpty();
    assertThat(SipsUris.refusal(invite(TLS, "sip:alice@127.0.0.1:5062"), false)).isEmpty();
    assertThat(SipsUris.NOT_OVER_TLS).isEqualTo(416);
  }

  private static String contact(Request request) {
    return ((ContactHeader) request.getHeader(ContactHeader.NAME)).getAddress().getURI().toString();
  }

  private static String route(Request request) {
    return ((RouteHeader) request.getHeader(RouteHeader.NAME)).getAddress().getURI().toString();
  }
}
