package dev.vorzimmer.sip;

import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.RetryBackoff;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import java.time.Duration;
import java.util.Optional;

/** Builds agents pointed at a test Kamailio, with short timers so failure paths finish quickly. */
final class AgentFixtures {

  static final String USER = "alice";
  static final String PASSWORD = "s3cret-pw";
  static final AgentTuning FAST =
      new AgentTuning(
          new RetryBackoff(Duration.ofMillis(200), Duration.ofSeconds(1)),
          Duration.ofSeconds(1),
          Duration.ofSeconds(1));

  private AgentFixtures() {}

  static AccountConfig account(
      KamailioProcess kamailio, String password, Transport transport, int expires) {
    return new AccountConfig(
        USER, kamailio.domain(), "127.0.0.1", kamailio.sipPort(), password, transport, expires);
  }

  /** Registration timers as {@link #FAST}; the ACK timeout 2 s, the policy may take 1.5 s. */
  static final AgentTuning FAST_CALLS =
      FAST.withCallTimers(Duration.ofSeconds(2), Duration.ofMillis(1500));

  /**
   * An agent for call tests: registers {@code account}, screens with {@code policy}, records media.
   */
  static SipAgent callAgent(
      AccountConfig account,
      CallSettings calls,
      IncomingCallPolicy policy,
      CallMedia media,
      RecordingSipAgentListener listener) {
    SipAgent agent =
        new SipAgent(
            new SipSettings("127.0.0.1", FreePorts.udpAndTcp(), Optional.of(account)),
            calls,
            policy,
            media,
            FAST_CALLS);
    agent.addListener(listener);
    return agent;
  }

  /** The agent's SIP port (from its local URI). */
  static int portOf(SipAgent agent) {
    String uri = agent.localUri();
    return Integer.parseInt(uri.substring(uri.lastIndexOf(':') + 1));
  }

  static SipAgent agent(AccountConfig account, RecordingSipAgentListener listener) {
    SipAgent agent =
        new SipAgent(
            new SipSettings("127.0.0.1", FreePorts.udpAndTcp(), Optional.of(account)), FAST);
    agent.addListener(listener);
    return agent;
  }
}
