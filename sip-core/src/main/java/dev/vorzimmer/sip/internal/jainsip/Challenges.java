package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.BusyAction;
import dev.vorzimmer.sip.CallDisposition;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.ChallengeEvent;
import dev.vorzimmer.sip.internal.ListenerBus;
import dev.vorzimmer.sip.internal.call.ChallengeMachine;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robot challenge on the SIP side (event thread): answers the call for the prompt, collects
 * digits from RTP (via the media leg) and SIP INFO into the call's {@link ChallengeMachine}, and
 * carries out the decision on the same RTP port: the right digit rings the user while the caller
 * hears ringback ({@link CallState#RINGING} with the call already answered; Answer switches the leg
 * to live audio), anything else goes to the answering machine or ends the call.
 */
final class Challenges {
  private static final Logger LOG = LoggerFactory.getLogger(Challenges.class);

  private final SipContext context;
  private final CallTable calls;
  private final Connector connector;
  private final CallControl control;
  private final Supplier<CallSettings> settings;
  private final ListenerBus bus;

  Challenges(
      SipContext context,
      CallTable calls,
      Connector connector,
      CallControl control,
      Supplier<CallSettings> settings,
      ListenerBus bus) {
    this.context = context;
    this.calls = calls;
    this.connector = connector;
    this.control = control;
    this.settings = settings;
    this.bus = bus;
  }

  /** Answers the call for the challenge (200 OK); it begins with the ACK. */
  void start(CallSession call, CallDisposition.Challenge challenge) throws Exception {
    call.challengedWith(challenge);
    connector.connect(
        call,
        CallMedia.Purpose.CHALLENGE,
        challenge.greeting(),
        "challenge: " + challenge.reason());
  }

  /**
   * Before the leg starts: RFC 4733 digits and a fax tone from the media thread come to the event
   * thread.
   */
  void listen(CallSession call) {
    call.media().leg().onDigit(d -> post(call, () -> digit(call, d, "rfc4733")));
    call.media()
        .leg()
        .onFaxTone(
            () ->
                post(
                    call,
                    () -> {
                      if (call.machine() != null && call.is(CallState.CHALLENGE)) {
                        decided(call, call.machine().faxTone(System.nanoTime()));
                      }
                    }));
  }

  private void post(CallSession call, Runnable task) {
    try {
      context.events().execute(task);
    } catch (RejectedExecutionException e) {
      LOG.debug("call {}: media event after the agent stopped", call.callId());
    }
  }

  /** The prompt started (ACK received): the machine opens and the timeout runs. */
  void begin(CallSession call) {
    call.openChallenge(System.nanoTime());
    calls.move(
        call, CallState.CHALLENGE, "challenge: waiting for digit " + call.challenge().digit());
    Duration timeout = call.challenge().timeout();
    calls.schedule(call, timeout, () -> decided(call, call.machine().timedOut(System.nanoTime())));
  }

  /** A key press from RTP ({@code rfc4733}) or SIP INFO ({@code info}); ignored outside. */
  void digit(CallSession call, char digit, String via) {
    if (call.machine() == null || !call.is(CallState.CHALLENGE)) {
      return;
    }
    decided(call, call.machine().digit(digit, via, System.nanoTime()));
  }

  /** A BYE from the caller during the challenge. */
  void hungUp(CallSession call) {
    if (call.machine() != null) {
      call.machine().hungUp(System.nanoTime()).ifPresent(bus::publishChallenge);
    }
  }

  private void decided(CallSession call, java.util.Optional<ChallengeEvent> event) {
    if (event.isEmpty() || !call.is(CallState.CHALLENGE)) {
      return;
    }
    call.cancelTimer();
    bus.publishChallenge(event.get());
    switch (event.get().step()) {
      case PASSED -> passed(call);
      case WRONG_DIGIT, NO_DIGIT, FAX_TONE -> failed(call, event.get().step());
      case HUNG_UP -> {}
    }
  }

  private void passed(CallSession call) {
    if (calls.userBusy(call)) {
      if (settings.get().busyAction() == BusyAction.BUSY) {
        control.bye(call, CallOutcome.REJECTED, "passed the challenge, but the user is busy");
      } else {
        toVoicemail(
            call,
            call.challenge().machineGreeting(),
            "passed the challenge, user busy in another call");
      }
      return;
    }
    call.passChallenge();
    switchLeg(call, CallMedia.Purpose.RINGBACK, "");
    calls.move(call, CallState.RINGING, "ringing: passed the challenge");
    Duration timeout = settings.get().ringTimeout();
    calls.schedule(
        call,
        timeout,
        () -> {
          if (call.is(CallState.RINGING)) {
            toVoicemail(
                call,
                call.challenge().machineGreeting(),
                "no answer after " + timeout.toMillis() + " ms");
          }
        });
  }

  private void failed(CallSession call, ChallengeEvent.Step step) {
    String why =
        switch (step) {
          case NO_DIGIT -> "no digit";
          case FAX_TONE -> "fax tone";
          default -> "wrong digit";
        };
    if (call.challenge().hangUpOnFail()) {
      control.bye(call, CallOutcome.REJECTED, "challenge failed (" + why + "): hung up");
    } else {
      toVoicemail(call, call.challenge().machineGreeting(), "challenge failed (" + why + ")");
    }
  }

  /** An answered call (challenge or its ringing) goes to the answering machine. */
  void toVoicemail(CallSession call, String greeting, String reason) {
    call.cancelTimer();
    switchLeg(call, CallMedia.Purpose.VOICEMAIL, greeting);
    calls.move(call, CallState.VOICEMAIL, "voicemail: " + reason);
  }

  /** The user answered a call that passed the challenge: the same leg goes live. */
  void answer(CallSession call) {
    call.cancelTimer();
    switchLeg(call, CallMedia.Purpose.LIVE, "");
    calls.move(call, CallState.ACTIVE, "answered by the user (after the challenge)");
  }

  private static void switchLeg(CallSession call, CallMedia.Purpose purpose, String greeting) {
    call.switchMedia(purpose, greeting);
  }
}
