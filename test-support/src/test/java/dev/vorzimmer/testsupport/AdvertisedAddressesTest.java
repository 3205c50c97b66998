package dev.vorzimmer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdvertisedAddressesTest {

  private static final String ROUTER = "203.0.113.2";

  private static ReceivedMessage register(String via, String contact) {
    return new ReceivedMessage(
        ROUTER,
        20001,
        "REGISTER sip:vorzimmer.test SIP/2.0\r\nVia: SIP/2.0/UDP "
            + via
            + ";rport;branch=z9hG4bK-1\r\nCall-ID: abc@"
            + via
            + "\r\nContact: "
            + contact
            + "\r\nContent-Length: 0\r\n\r\n");
  }

  private static ReceivedMessage answer(String sdpAddress) {
    return new ReceivedMessage(
        ROUTER,
        20001,
        "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 203.0.113.10;branch=z9hG4bK-2\r\n"
            + "Contact: <sip:alice@203.0.113.2:20001>\r\nContent-Type: application/sdp\r\n\r\nv=0\r\n"
            + "o=vorzimmer 1 1 IN IP4 "
            + sdpAddress
            + "\r\nc=IN IP4 "
            + sdpAddress
            + "\r\nm=audio 4000 RTP/AVP 8\r\n");
  }

  private static List<String> problems(ReceivedMessage... messages) {
    List<String> all =
        new java.util.ArrayList<>(
            AdvertisedAddresses.problems(List.of(messages), ROUTER, "192.168.77.", "203.0.113.2"));
    all.addAll(
        AdvertisedAddresses.sdpProblems(List.of(messages), ROUTER, "192.168.77.", "203.0.113.2"));
    return all;
  }

  @Test
  void aWildcardAnywhereIsAProblem() {
    assertThat(problems(register("0.0.0.0:5062", "<sip:alice@0.0.0.0:5062>")))
        .singleElement()
        .asString()
        .contains("wildcard address 0.0.0.0", "REGISTER sip:vorzimmer.test");
    assertThat(problems(register("192.168.77.2:5062", "<sip:alice@[::]:5062>")))
        .singleElement()
        .asString()
        .contains("wildcard address ::");
  }

  @Test
  void thePrivateAddressIsFineUntilThePublicOneIsKnownAndInViaAndCallIdAlways() {
    assertThat(
            problems(
                register("192.168.77.2:5062", "<sip:alice@192.168.77.2:5062>"),
                register(
                    "192.168.77.2:5062",
                    "<sip:alice@203.0.113.2:20001>, <sip:alice@192.168.77.2:5062>;expires=0"),
                register("192.168.77.2:5062", "<sip:alice@203.0.113.2:20001>"),
                answer("203.0.113.2")))
        .isEmpty();
  }

  @Test
  void offeringThePrivateAddressAfterLearningThePublicOneIsAProblem() {
    assertThat(
            problems(
                register("192.168.77.2:5062", "<sip:alice@203.0.113.2:20001>"),
                answer("192.168.77.2")))
        .singleElement()
        .asString()
        .contains("offers a private address", "in its SDP", "SIP/2.0 200 OK");
    assertThat(
            AdvertisedAddresses.problems(
                List.of(
                    register("192.168.77.2:5062", "<sip:alice@203.0.113.2:20001>"),
                    answer("192.168.77.2")),
                ROUTER,
                "192.168.77.",
                "203.0.113.2"))
        .as("SDP is checked apart")
        .isEmpty();
    assertThat(
            problems(
                register("192.168.77.2:5062", "<sip:alice@203.0.113.2:20001>"),
                register("192.168.77.2:5062", "<sip:alice@192.168.77.2:5062>")))
        .hasSize(1);
  }

  @Test
  void aNewLocalAddressStartsLearningAnew() {
    assertThat(
            problems(
                register("192.168.77.2:5062", "<sip:alice@203.0.113.2:20001>"),
                register(
                    "192.168.77.3:5062",
                    "<sip:alice@192.168.77.3:5062>, <sip:alice@203.0.113.2:20001>;expires=0"),
                register("192.168.77.3:5062", "<sip:alice@203.0.113.2:20002>")))
        .isEmpty();
  }

  @Test
  void messagesFromOthersAreNotThePhones() {
    ReceivedMessage fromCaller =
        new ReceivedMessage(
            "203.0.113.10",
            5090,
            "INVITE sip:alice@x SIP/2.0\r\n" + "Contact: <sip:bob@0.0.0.0>\r\n\r\n");
    assertThat(problems(fromCaller)).isEmpty();
    assertThat(AdvertisedAddresses.countFrom(List.of(fromCaller), ROUTER)).isZero();
  }
}
