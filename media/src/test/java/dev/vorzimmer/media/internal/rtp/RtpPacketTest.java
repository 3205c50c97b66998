package dev.vorzimmer.media.internal.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class RtpPacketTest {

  @Test
  void writesTheRfc3550HeaderAndParsesItBack() {
    RtpPacket p = new RtpPacket(8, true, 65535, 0xFFFF_FFF0L, 0xCAFEBABE, new byte[] {1, 2, 3});
    ByteBuffer wire = p.writeTo(ByteBuffer.allocate(64));
    assertThat(wire.remaining()).isEqualTo(15);
    assertThat(wire.get(0)).isEqualTo((byte) 0x80);
    assertThat(wire.get(1)).isEqualTo((byte) 0x88);
    assertThat(RtpPacket.parse(wire)).isEqualTo(p);
  }

  @Test
  void skipsCsrcsAndExtensionAndStripsPadding() {
    ByteBuffer b = ByteBuffer.allocate(64);
    b.put((byte) 0xB1).put((byte) 0).putShort((short) 7).putInt(160).putInt(99); // P, X, CC=1
    b.putInt(0x11111111); // CSRC
    b.putShort((short) 0xBEDE).putShort((short) 1).putInt(0x22222222); // extension of 1 word
    b.put(new byte[] {9, 8}).put(new byte[] {0, 0, 3}); // payload + 3 bytes padding
    b.flip();
    RtpPacket p = RtpPacket.parse(b);
    assertThat(p.payload()).containsExactly(9, 8);
    assertThat(p.sequence()).isEqualTo(7);
    assertThat(p.timestamp()).isEqualTo(160);
  }

  @Test
  void rejectsGarbageWithAClearMessage() {
    assertThatThrownBy(() -> RtpPacket.parse(ByteBuffer.wrap(new byte[5])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too short");
    assertThatThrownBy(() -> RtpPacket.parse(ByteBuffer.wrap(new byte[12])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version");
    byte[] badPadding = new byte[13];
    badPadding[0] = (byte) 0xA0;
    badPadding[12] = 50;
    assertThatThrownBy(() -> RtpPacket.parse(ByteBuffer.wrap(badPadding)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truncated");
  }
}
