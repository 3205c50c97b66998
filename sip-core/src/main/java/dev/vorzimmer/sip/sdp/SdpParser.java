package dev.vorzimmer.sip.sdp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A tolerant parser for the parts of SDP (RFC 4566) a phone needs: connection address, the audio
 * m-line and its protocol, rtpmap, ptime, SDES crypto and the direction attributes. Unknown lines
 * are ignored; a body without a usable audio line is an {@link SdpException}.
 */
public final class SdpParser {
  // Compiled once: String.split compiles its regular expression on every call (every INVITE).
  private static final Pattern LINES = Pattern.compile("\r?\n");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private SdpParser() {}

  public static SessionDescription parse(String body) throws SdpException {
    if (body == null || body.isBlank()) {
      throw new SdpException("empty SDP body");
    }
    Builder b = new Builder();
    for (String raw : LINES.split(body)) {
      String line = raw.strip();
      if (line.length() < 2 || line.charAt(1) != '=') {
        continue;
      }
      b.line(line.charAt(0), line.substring(2));
    }
    return b.build();
  }

  /** Collects session-level and audio-level values while walking the lines. */
  private static final class Builder {
    private String sessionAddress;
    private MediaDirection sessionDirection = MediaDirection.SENDRECV;
    private final List<String> mediaLines = new ArrayList<>();
    private int audioIndex = -1;
    private boolean inAudio;
    private String audioAddress;
    private int audioPort;
    private final List<Integer> payloadTypes = new ArrayList<>();
    private final Map<Integer, PayloadFormat> rtpmap = new HashMap<>();
    private MediaDirection audioDirection;
    private OptionalInt ptime = OptionalInt.empty();
    private String protocol = AudioDescription.AVP;
    private final List<SdesCrypto> crypto = new ArrayList<>();

    void line(char type, String value) throws SdpException {
      switch (type) {
        case 'm' -> media(value);
        case 'c' -> connection(value);
        case 'a' -> attribute(value);
        default -> {}
      }
    }

    private void media(String value) throws SdpException {
      mediaLines.add(value);
      inAudio = false;
      if (audioIndex >= 0 || !value.startsWith("audio ")) {
        return;
      }
      String[] f = BLANKS.split(value);
      if (f.length < 4) {
        throw new SdpException("malformed m= line: " + value);
      }
      audioIndex = mediaLines.size() - 1;
      inAudio = true;
      audioPort = number(beforeSlash(f[1]), "m= port");
      protocol = f[2];
      for (int i = 3; i < f.length; i++) {
        payloadTypes.add(number(f[i], "payload type"));
      }
    }

    private void connection(String value) throws SdpException {
      String[] f = BLANKS.split(value);
      if (f.length < 3 || !f[0].equals("IN")) {
        throw new SdpException("malformed c= line: " + value);
      }
      String address = beforeSlash(f[2]);
      if (address.isEmpty()) {
        throw new SdpException("malformed c= line: " + value);
      }
      if (inAudio) {
        audioAddress = address;
      } else if (audioIndex < 0 && mediaLines.isEmpty()) {
        sessionAddress = address;
      }
    }

    private void attribute(String value) throws SdpException {
      MediaDirection dir = direction(value);
      if (dir != null) {
        if (inAudio) {
          audioDirection = dir;
        } else if (mediaLines.isEmpty()) {
          sessionDirection = dir;
        }
        return;
      }
      if (!inAudio) {
        return;
      }
      if (value.startsWith("rtpmap:")) {
        String[] f = BLANKS.split(value.substring(7), 2);
        if (f.length == 2) {
          String[] enc = f[1].split("/", -1);
          int pt = number(f[0], "rtpmap payload type");
          int rate = enc.length > 1 ? number(enc[1], "rtpmap clock rate") : 8000;
          rtpmap.put(pt, new PayloadFormat(pt, enc[0].strip(), rate));
        }
      } else if (value.startsWith("crypto:")) {
        SdesCrypto.parse(value.substring(7)).ifPresent(crypto::add);
      } else if (value.startsWith("ptime:")) {
        ptime = OptionalInt.of(number(value.substring(6).strip(), "ptime"));
      }
    }

    private static MediaDirection direction(String value) {
      for (MediaDirection d : MediaDirection.values()) {
        if (value.equals(d.attribute())) {
          return d;
        }
      }
      return null;
    }

    SessionDescription build() throws SdpException {
      if (audioIndex < 0) {
        throw new SdpException("no m=audio line");
      }
      String address = audioAddress != null ? audioAddress : sessionAddress;
      if (address == null) {
        throw new SdpException("no c= connection address for the audio stream");
      }
      List<PayloadFormat> formats = new ArrayList<>();
      for (int pt : payloadTypes) {
        formats.add(rtpmap.getOrDefault(pt, staticFormat(pt)));
      }
      MediaDirection dir = audioDirection != null ? audioDirection : sessionDirection;
      return new SessionDescription(
          new AudioDescription(address, audioPort, formats, dir, ptime, protocol, crypto),
          audioIndex,
          mediaLines);
    }

    private static PayloadFormat staticFormat(int pt) {
      return switch (pt) {
        case 0 -> PayloadFormat.PCMU;
        case 8 -> PayloadFormat.PCMA;
        default -> new PayloadFormat(pt, "unknown", 0);
      };
    }

    /** The part of {@code field} before its first '/' ("4000/2" → "4000"; "/" → ""). */
    private static String beforeSlash(String field) {
      int slash = field.indexOf('/');
      return slash < 0 ? field : field.substring(0, slash);
    }

    private static int number(String s, String what) throws SdpException {
      try {
        int n = Integer.parseInt(s.strip());
        if (n < 0) {
          throw new SdpException("negative " + what + ": " + s);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new SdpException("bad " + what + ": " + s);
      }
    }
  }
}
