package dev.vorzimmer.media.internal.jitsi;

import dev.vorzimmer.media.internal.audio.PcmFormat;
import dev.vorzimmer.media.internal.audio.StreamResampler;
import javax.media.Format;
import javax.media.control.FormatControl;
import javax.media.format.AudioFormat;
import javax.media.protocol.CaptureDevice;
import javax.media.protocol.DataSource;

/**
 * FMJ audio formats: the call format, choosing a capture format, and reading a format's byte
 * layout.
 */
final class JitsiFormats {

  /** 8 kHz, 16-bit, mono, little-endian, signed linear PCM. */
  static final AudioFormat CALL =
      new AudioFormat(
          AudioFormat.LINEAR,
          StreamResampler.RATE,
          16,
          1,
          AudioFormat.LITTLE_ENDIAN,
          AudioFormat.SIGNED,
          16,
          StreamResampler.RATE,
          Format.byteArray);

  private JitsiFormats() {}

  /**
   * Asks a capture device for the call format; if it cannot, for any 8- or 16-bit linear format it
   * offers (converted later). Leaves the device's default if it offers none of those.
   */
  static void preferCallFormat(DataSource source) {
    if (!(source instanceof CaptureDevice device)) {
      return;
    }
    for (FormatControl control : device.getFormatControls()) {
      if (control.setFormat(CALL) != null) {
        continue;
      }
      for (Format offered : control.getSupportedFormats()) {
        if (offered instanceof AudioFormat audio
            && isLinear(audio)
            && control.setFormat(audio) != null) {
          break;
        }
      }
    }
  }

  private static boolean isLinear(AudioFormat audio) {
    int bits = audio.getSampleSizeInBits();
    return AudioFormat.LINEAR.equalsIgnoreCase(audio.getEncoding())
        && (bits == 8 || bits == 16)
        && audio.getSampleRate() > 0
        && audio.getChannels() > 0;
  }

  /**
   * The byte layout of a linear format.
   *
   * @throws IllegalArgumentException if it is not 8- or 16-bit linear PCM with a known rate
   */
  static PcmFormat layoutOf(AudioFormat audio) {
    if (!isLinear(audio)) {
      throw new IllegalArgumentException("unsupported capture format " + audio);
    }
    boolean bigEndian = audio.getEndian() == AudioFormat.BIG_ENDIAN;
    boolean signed = audio.getSigned() != AudioFormat.UNSIGNED;
    return new PcmFormat(
        audio.getSampleRate(), audio.getSampleSizeInBits(), audio.getChannels(), bigEndian, signed);
  }

  /** Whether {@code audio} has the byte layout {@code layout} describes. */
  static boolean sameLayout(PcmFormat layout, AudioFormat audio) {
    return isLinear(audio) && layout.equals(layoutOf(audio));
  }
}
