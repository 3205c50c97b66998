package dev.vorzimmer.media.internal.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever arrives on an RTP port, {@link RtpPacket#parse} and {@link TelephoneEvent#parse} answer
 * with a value or an {@link IllegalArgumentException} — never another exception; what parses writes
 * back unchanged.
 */
class RtpParserPropertiesTest {

  @Property(tries = 2000)
  void randomDatagramsNeverThrowAnythingButIllegalArgument(
      @ForAll @Size(max = 300) byte[] datagram) {
    parse(datagram);
  }

  @Property(tries = 2000)
  void mutatedPacketsNeverThrowAnythingButIllegalArgument(
      @ForAll("mutatedPackets") byte[] datagram) {
    parse(datagram);
  }

  @Property(tries = 1000)
  void validPacketsRoundTrip(@ForAll("packets") RtpPacket packet) {
    ByteBuffer wire = packet.writeTo(ByteBuffer.allocate(2048));
    assertThat(RtpPacket.parse(wire)).isEqualTo(packet);
  }

  @Property(tries = 1000)
  void telephoneEventPayloadsNeverThrowAnythingButIllegalArgument(
      @ForAll @Size(max = 12) byte[] payload) {
    try {
      TelephoneEvent e = TelephoneEvent.parse(payload);
      assertThat(TelephoneEvent.parse(e.toPayload())).isEqualTo(e);
      assertThat(e.digit()).isNotNull();
    } catch (IllegalArgumentException expected) {
      assertThat(payload.length).isLessThan(TelephoneEvent.LENGTH);
    }
  }

  private static void parse(byte[] datagram) {
    try {
      RtpPacket p = RtpPacket.parse(ByteBuffer.wrap(datagram));
      assertThat(p.payload().length).isLessThanOrEqualTo(datagram.length - RtpPacket.HEADER_LENGTH);
      try {
        TelephoneEvent.parse(p.payload());
      } catch (IllegalArgumentException tooShort) {
        assertThat(p.payload().length).isLessThan(TelephoneEvent.LENGTH);
      }
    } catch (IllegalArgumentException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<RtpPacket> packets() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 127),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 0xFFFF),
            Arbitraries.longs().between(0, 0xFFFF_FFFFL),
            Arbitraries.integers(),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(320))
        .as(RtpPacket::new);
  }

  @Provide
  Arbitrary<byte[]> mutatedPackets() {
    Arbitrary<List<int[]>> flips =
        Combinators.combine(
                Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 255))
            .as((at, value) -> new int[] {at, value})
            .list()
            .ofMaxSize(6);
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 400);
    return Combinators.combine(packets(), flips, cut)
        .as(
            (packet, changes, length) -> {
              ByteBuffer wire = packet.writeTo(ByteBuffer.allocate(2048));
              byte[] bytes = new byte[wire.remaining()];
              wire.get(bytes);
              // header bytes are the interesting ones: CC, X, P bits, extension length, padding
              // count
              for (int[] change : changes) {
                int at = change[0] < 16 ? change[0] : change[0] % Math.max(1, bytes.length);
                if (at < bytes.length) {
                  bytes[at] = (byte) change[1];
                }
              }
              return java.util.Arrays.copyOf(bytes, Math.min(bytes.length, length));
            });
  }
}
