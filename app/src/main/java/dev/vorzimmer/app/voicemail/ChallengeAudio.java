package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.app.ChallengeTiming;
import dev.vorzimmer.media.Announcements;
import dev.vorzimmer.media.ChallengePrompt;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.media.MediaSession;
import dev.vorzimmer.media.PlaybackSession;
import dev.vorzimmer.media.RtpEndpoint;
import dev.vorzimmer.media.RtpSocket;
import dev.vorzimmer.sip.CallMedia;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The audio of the robot challenge and of the intercept: the prompt (reporting RFC 4733 digits),
 * the ringback while the user's phone rings, and the SIT + "not available" early media. The
 * challenge's prompt id ({@link ChallengeTiming#promptId}) carries its language and digit.
 */
public final class ChallengeAudio {
  private final Greetings greetings;
  private final MediaPacer pacer;

  /**
   * @param greetings the prompts (the user's own or bundled) and the user's language for callers
   *     whose language is not known ("default")
   */
  public ChallengeAudio(Greetings greetings, MediaPacer pacer) {
    this.greetings = greetings;
    this.pacer = pacer;
  }

  /** Whether this class makes the audio of {@code purpose}. */
  static boolean handles(CallMedia.Purpose purpose) {
    return purpose == CallMedia.Purpose.CHALLENGE
        || purpose == CallMedia.Purpose.RINGBACK
        || purpose == CallMedia.Purpose.INTERCEPT;
  }

  /** A started session for {@code purpose} on {@code socket}. */
  MediaSession start(
      CallMedia.Purpose purpose,
      RtpSocket socket,
      RtpEndpoint endpoint,
      String greeting,
      Consumer<Character> digits,
      Runnable faxTone) {
    PlaybackSession session =
        switch (purpose) {
          case CHALLENGE ->
              new PlaybackSession(socket, endpoint, prompt(greeting), pacer)
                  .onDigit(digits)
                  .onFaxTone(faxTone);
          case RINGBACK ->
              new PlaybackSession(socket, endpoint, ChallengePrompt.ringback(), pacer).looped();
          case INTERCEPT ->
              new PlaybackSession(
                  socket, endpoint, Announcements.notAvailable(locale(greeting)), pacer);
          default -> throw new IllegalArgumentException("not challenge audio: " + purpose);
        };
    session.start();
    return session;
  }

  private Greeting prompt(String id) {
    String[] parts = ChallengeTiming.parsePromptId(id);
    Greeting once = greetings.challengePrompt(parts[0], parts[1].charAt(0));
    return ChallengePrompt.withWaits(once, ChallengeTiming.WAIT, ChallengeTiming.REPEATS);
  }

  private Locale locale(String greetingId) {
    boolean known = greetingId.matches("[a-z]{2,3}");
    return Locale.forLanguageTag(known ? greetingId : greetings.userLanguage());
  }
}
