package dev.vorzimmer.media;

import java.io.IOException;
import java.net.InetAddress;

/**
 * The local ports RTP may use (for firewalls that open only a range): even ports from {@code first}
 * to {@code last}, handed out round-robin so a port just freed is not reused at once. {@link #ANY}
 * means any free even port.
 *
 * @param first lowest port (even), 0 for {@link #ANY}
 * @param last highest port, at least {@code first}
 */
public record RtpPortRange(int first, int last) {

  /** Any free even port the system gives us. */
  public static final RtpPortRange ANY = new RtpPortRange(0, 0);

  /** Validates; throws {@link IllegalArgumentException} naming what is wrong. */
  public RtpPortRange {
    if (first != 0 || last != 0) {
      if (first < 1024 || last > 65535 || first > last) {
        throw new IllegalArgumentException(
            "RTP port range must lie within 1024-65535, lowest first, but was "
                + first
                + "-"
                + last);
      }
      if (first % 2 != 0) {
        throw new IllegalArgumentException(
            "RTP port range must start at an even port but was " + first);
      }
    }
  }

  /** How many RTP ports (even ports) the range holds. */
  public int size() {
    return this == ANY || (first == 0 && last == 0) ? Integer.MAX_VALUE : (last - first) / 2 + 1;
  }

  /** Opens sockets from this range, starting after the last one it handed out. */
  public Allocator allocator() {
    return new Allocator(this);
  }

  /** Hands out sockets of one range; thread-safe. */
  public static final class Allocator {
    private final RtpPortRange range;
    private int next;

    private Allocator(RtpPortRange range) {
      this.range = range;
      this.next = range.first;
    }

    /**
     * Binds the next free even port of the range on {@code host}.
     *
     * @throws IOException naming the range when every port in it is taken
     */
    public synchronized RtpSocket open(InetAddress host) throws IOException {
      if (range.first == 0) {
        return RtpSocket.open(host, 0);
      }
      IOException lastFailure = null;
      for (int tried = 0; tried < range.size(); tried++) {
        int port = next;
        next = next + 2 > range.last ? range.first : next + 2;
        try {
          return RtpSocket.open(host, port);
        } catch (IOException taken) {
          lastFailure = taken;
        }
      }
      IOException exhausted =
          new IOException(
              "no free RTP port in "
                  + range.first
                  + "-"
                  + range.last
                  + " (all "
                  + range.size()
                  + " even ports are in use); widen [media] rtp_ports");
      if (lastFailure != null) {
        exhausted.addSuppressed(lastFailure);
      }
      throw exhausted;
    }
  }
}
