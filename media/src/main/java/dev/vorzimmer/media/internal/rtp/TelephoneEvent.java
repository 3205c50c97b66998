package dev.vorzimmer.media.internal.rtp;

/**
 * One RFC 4733 {@code telephone-event} payload (4 bytes): event code, end bit, volume and duration.
 *
 * @param event event code (0-9 digits, 10 '*', 11 '#', 12-15 'A'-'D')
 * @param end the E bit: this packet reports the end of the event
 * @param volume power level in -dBm0 (0..63)
 * @param duration duration so far, in RTP timestamp units (0..65535)
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {

  /** Payload length of a single event. */
  public static final int LENGTH = 4;

  private static final String DIGITS = "0123456789*#ABCD";

  /** Validates ranges. */
  public TelephoneEvent {
    if (event < 0
        || event > 255
        || volume < 0
        || volume > 63
        || duration < 0
        || duration > 0xFFFF) {
      throw new IllegalArgumentException(
          "telephone-event out of range: event="
              + event
              + " volume="
              + volume
              + " duration="
              + duration);
    }
  }

  /** Event code of a DTMF digit ({@code 0-9 * # A-D}, case-insensitive). */
  public static int codeOf(char digit) {
    int code = DIGITS.indexOf(Character.toUpperCase(digit));
    if (code < 0) {
      throw new IllegalArgumentException("not a DTMF digit: '" + digit + "'");
    }
    return code;
  }

  /** The DTMF digit of this event, or {@code '?'} for non-DTMF events (16 and above). */
  public char digit() {
    return event < DIGITS.length() ? DIGITS.charAt(event) : '?';
  }

  /** Parses the first event in a payload. */
  public static TelephoneEvent parse(byte[] payload) {
    if (payload.length < LENGTH) {
      throw new IllegalArgumentException(
          "telephone-event payload too short: " + payload.length + " bytes");
    }
    int flags = payload[1] & 0xFF;
    int duration = ((payload[2] & 0xFF) << 8) | (payload[3] & 0xFF);
    return new TelephoneEvent(payload[0] & 0xFF, (flags & 0x80) != 0, flags & 0x3F, duration);
  }

  /** The 4-byte payload. */
  public byte[] toPayload() {
    return new byte[] {
      (byte) event, (byte) ((end ? 0x80 : 0) | volume), (byte) (duration >> 8), (byte) duration
    };
  }
}
