package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.FAST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * NAT as the registrar sees it: its answer's top Via says where our REGISTER really came from (RFC 3581
 * received/rport). A scripted registrar on loopback plays the registrar behind which a NAT rewrote our address.
 */
class ContactRewriteIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private final RecordingSipAgentListener events = new RecordingSipAgentListener();

    private SipAgent agent(int registrarPort, int port) {
        AccountConfig account = new AccountConfig("alice", "example.test", "127.0.0.1", registrarPort, "pw",
                Transport.UDP, 60);
        SipAgent agent = new SipAgent(new SipSettings("0.0.0.0", port, Optional.of(account)), FAST);
        agent.addListener(events);
        return agent;
    }

    @Test
    void registersAgainWithThePublicAddressAndRemovesThePrivateContact() throws Exception {
        int port = FreePorts.udpAndTcp();
        try (ScriptedRegistrar registrar = new ScriptedRegistrar(";received=203.0.113.5;rport=40000");
             SipAgent agent = agent(registrar.port(), port)) {
            agent.start();

            String first = registrar.nextRegister(WAIT);
            String second = registrar.nextRegister(WAIT);

            assertThat(first).contains("Contact: <sip:alice@127.0.0.1:" + port + ">").contains(";rport");
            assertThat(second).as("the second REGISTER").isNotNull()
                    .contains("<sip:alice@203.0.113.5:40000>")
                    .containsPattern("<sip:alice@127.0.0.1:" + port + ">;expires=0")
                    .contains("Via: SIP/2.0/UDP 127.0.0.1:" + port);
            events.await(RegistrationState.REGISTERED, WAIT);
            assertThat(agent.localUri()).isEqualTo("sip:alice@203.0.113.5:40000");
            assertThat(registrar.nextRegister(Duration.ofMillis(1500))).as("a third REGISTER while the NAT is stable")
                    .isNull();
        }
    }

    @Test
    void aReceivedThatIsNotAnIpIsIgnoredAndSaidInTheRegistrationEvent() throws Exception {
        int port = FreePorts.udpAndTcp();
        try (ScriptedRegistrar registrar = new ScriptedRegistrar(";received=sip.example.test;rport=40000");
             SipAgent agent = agent(registrar.port(), port)) {
            agent.start();

            RegistrationEvent registered = events.await(RegistrationState.REGISTERED, WAIT);

            assertThat(registered.reason()).contains("received=sip.example.test").contains("not an IP address");
            assertThat(agent.localUri()).isEqualTo("sip:alice@127.0.0.1:" + port);
            assertThat(registrar.nextRegister(WAIT)).isNotNull();
            assertThat(registrar.nextRegister(Duration.ofMillis(1500))).isNull();
        }
    }

    @Test
    void aRegistrarThatAnswersFromAnotherPortStillRegistersUs() throws Exception {
        int port = FreePorts.udpAndTcp();
        try (ScriptedRegistrar registrar = new ScriptedRegistrar(";rport=" + port, true);
             SipAgent agent = agent(registrar.port(), port)) {
            agent.start();

            RegistrationEvent registered = events.await(RegistrationState.REGISTERED, WAIT);

            assertThat(registered.reason()).doesNotContain("note");
            assertThat(agent.localUri()).isEqualTo("sip:alice@127.0.0.1:" + port);
        }
    }
}
