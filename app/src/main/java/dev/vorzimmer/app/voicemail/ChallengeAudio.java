package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.media.Announcements;
import dev.vorzimmer.media.ChallengePrompt;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.media.MediaSession;
import dev.vorzimmer.media.PlaybackSession;
import dev.vorzimmer.media.RtpEndpoint;
import dev.vorzimmer.media.RtpSocket;
import dev.vorzimmer.sip.CallMedia;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The audio of the robot challenge and of the intercept: the prompt (reporting RFC 4733 digits),
 * the ringback while the user's phone rings, and the SIT + "not available" early media. The
 * challenge's prompt id ({@link #promptId}) carries its language and digit through sip-core.
 */
public final class ChallengeAudio {
  /** How long to wait for the digit after each prompt. */
  public static final Duration WAIT = Duration.ofSeconds(6);

  /** How often the prompt is repeated. */
  public static final int REPEATS = 1;

  private static final String PREFIX = "challenge:";

  private final java.util.function.Supplier<String> userLanguage;
  private final MediaPacer pacer;

  /**
   * @param userLanguage the language for callers whose language is not known ("default")
   */
  public ChallengeAudio(java.util.function.Supplier<String> userLanguage, MediaPacer pacer) {
    this.userLanguage = userLanguage;
    this.pacer = pacer;
  }

  /** The greeting id sip-core hands back for the challenge: language and digit. */
  public static String promptId(String greetingId, char digit) {
    return PREFIX + greetingId + ":" + digit;
  }

  /**
   * From the start of the prompt until the challenge fails: the longest prompt for {@code digit},
   * the waits and the repeat, plus a second for the network.
   */
  public static Duration timeout(char digit) {
    long longest =
        Math.max(
            ChallengePrompt.of(Locale.GERMAN, digit).duration().toMillis(),
            ChallengePrompt.of(Locale.ENGLISH, digit).duration().toMillis());
    return Duration.ofMillis((longest + WAIT.toMillis()) * (REPEATS + 1) + 1000);
  }

  /** How long the intercept plays before the final response. */
  public static Duration interceptLength(String greetingId) {
    Duration en = Announcements.notAvailable(Locale.ENGLISH).duration();
    Duration de = Announcements.notAvailable(Locale.GERMAN).duration();
    return en.compareTo(de) >= 0 ? en : de;
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
      Consumer<Character> digits) {
    PlaybackSession session =
        switch (purpose) {
          case CHALLENGE ->
              new PlaybackSession(socket, endpoint, prompt(greeting), pacer).onDigit(digits);
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
    String[] parts = id.startsWith(PREFIX) ? id.split(":") : new String[0];
    if (parts.length != 3 || parts[2].length() != 1) {
      throw new IllegalArgumentException("not a challenge prompt id: " + id);
    }
    Greeting once = ChallengePrompt.of(locale(parts[1]), parts[2].charAt(0));
    return ChallengePrompt.withWaits(once, WAIT, REPEATS);
  }

  private Locale locale(String greetingId) {
    boolean known = greetingId.matches("[a-z]{2,3}");
    return Locale.forLanguageTag(known ? greetingId : userLanguage.get());
  }
}
