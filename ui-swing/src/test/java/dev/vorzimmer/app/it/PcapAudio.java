package dev.vorzimmer.app.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Reads the RTP audio out of a pcap file (Ethernet/IPv4/UDP/RTP), as SIPp's bundled captures are.
 */
final class PcapAudio {
  private PcapAudio() {}

  /** The A-law payloads (payload type 8) in sequence order, decoded to 16-bit PCM at 8 kHz. */
  static short[] decodeAlaw(Path pcap) throws IOException {
    byte[] alaw = payloads(pcap, 8);
    AudioFormat alawFormat = new AudioFormat(AudioFormat.Encoding.ALAW, 8000, 8, 1, 1, 8000, false);
    AudioFormat pcm = new AudioFormat(8000, 16, 1, true, false);
    try (AudioInputStream in =
        AudioSystem.getAudioInputStream(
            pcm, new AudioInputStream(new ByteArrayInputStream(alaw), alawFormat, alaw.length))) {
      byte[] bytes = in.readAllBytes();
      short[] out = new short[bytes.length / 2];
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(out);
      return out;
    }
  }

  /** Playing time of the audio in the capture (8 kHz, one byte per sample). */
  static long durationMillis(Path pcap) throws IOException {
    return payloads(pcap, 8).length / 8;
  }

  private static byte[] payloads(Path pcap, int payloadType) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(pcap));
    int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    b.order(magic == 0xa1b2c3d4 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    int linkType = b.getInt(20);
    if (linkType != 1) {
      throw new IOException(pcap + ": link type " + linkType + " is not Ethernet");
    }
    Map<Integer, byte[]> bySeq = new TreeMap<>();
    int pos = 24;
    while (pos + 16 <= b.limit()) {
      int incl = b.getInt(pos + 8);
      int frame = pos + 16;
      int ip = frame + 14;
      int ihl = (b.get(ip) & 0x0f) * 4;
      int rtp = ip + ihl + 8;
      int end = frame + incl;
      if ((b.get(rtp + 1) & 0x7f) == payloadType) {
        int seq = ((b.get(rtp + 2) & 0xff) << 8) | (b.get(rtp + 3) & 0xff); // network byte order
        byte[] payload = new byte[end - rtp - 12];
        b.get(rtp + 12, payload);
        bySeq.put(seq, payload);
      }
      pos = end;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    bySeq.values().forEach(out::writeBytes);
    return out.toByteArray();
  }
}
