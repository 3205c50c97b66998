package dev.vorzimmer.sip.sdp;

import java.util.List;

/**
 * A parsed SDP body: the audio stream we negotiate, plus the other media lines (which an answer
 * must repeat with port 0 to reject them, RFC 3264 §6).
 *
 * @param audio the first {@code m=audio} line with its attributes
 * @param audioIndex position of that line among all m-lines
 * @param mediaLines every m-line as written (e.g. {@code video 5000 RTP/AVP 31})
 */
public record SessionDescription(AudioDescription audio, int audioIndex, List<String> mediaLines) {
  public SessionDescription {
    mediaLines = List.copyOf(mediaLines);
  }
}
