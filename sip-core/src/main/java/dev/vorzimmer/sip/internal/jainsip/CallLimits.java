package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.CallState;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every answered call's own maximum length, independent of media: a timer on the SIP event thread's
 * scheduler, started when the call is connected (answering machine or live), and BYE when it fires.
 * Machine calls get {@link CallSettings#machineCallLimit()}, live calls {@link
 * CallSettings#liveCallLimit()}, read when the call connects. Runs on the SIP event thread.
 */
final class CallLimits {

  private static final Logger LOG = LoggerFactory.getLogger(CallLimits.class);

  private final SipContext context;
  private final Supplier<CallSettings> settings;
  private final Connector.Hangup hangup;

  CallLimits(SipContext context, Supplier<CallSettings> settings, Connector.Hangup hangup) {
    this.context = context;
    this.settings = settings;
    this.hangup = hangup;
  }

  /** Starts the limit of a call that just connected; no effect if it already runs. */
  void start(CallSession call) {
    if (call.timers().hasLengthLimit()) {
      return;
    }
    boolean machine = call.media().purpose() == CallMedia.Purpose.VOICEMAIL;
    Duration limit = machine ? settings.get().machineCallLimit() : settings.get().liveCallLimit();
    call.timers()
        .limitLength(
            context
                .events()
                .schedule(() -> exceeded(call, limit), limit.toMillis(), TimeUnit.MILLISECONDS));
  }

  private void exceeded(CallSession call, Duration limit) {
    if (!call.is(CallState.ACTIVE, CallState.VOICEMAIL)) {
      return;
    }
    String reason = "the call reached its maximum length of " + limit.toSeconds() + " s";
    LOG.warn("call {}: {}; hanging up", call.callId(), reason);
    hangup.bye(call, CallControl.connectedOutcome(call), reason);
  }
}
