package dev.vorzimmer.sip.sdp;

import java.util.Locale;

/**
 * One RTP payload format of an audio stream.
 *
 * @param payloadType RTP payload type number (0–127)
 * @param encoding encoding name as in {@code a=rtpmap} (e.g. PCMU, PCMA, telephone-event)
 * @param clockRate RTP clock rate in Hz
 */
public record PayloadFormat(int payloadType, String encoding, int clockRate) {
  public static final PayloadFormat PCMU = new PayloadFormat(0, "PCMU", 8000);
  public static final PayloadFormat PCMA = new PayloadFormat(8, "PCMA", 8000);

  /** True for {@code telephone-event/8000} (RFC 4733 DTMF). */
  public boolean isTelephoneEvent() {
    return encoding.equalsIgnoreCase("telephone-event") && clockRate == 8000;
  }

  /** True when both name the same codec (case-insensitive name, same clock rate). */
  public boolean sameCodec(PayloadFormat other) {
    return encoding.equalsIgnoreCase(other.encoding) && clockRate == other.clockRate;
  }

  String rtpmap() {
    return payloadType
        + " "
        + encoding.toUpperCase(Locale.ROOT).replace("TELEPHONE-EVENT", "telephone-event")
        + "/"
        + clockRate;
  }
}
