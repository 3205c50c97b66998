package dev.vorzimmer.media.internal.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.SrtpParameters;
import dev.vorzimmer.media.internal.rtp.PacketProtection;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both suites: the tag length on the wire, and what the receiving side accepts. */
class SrtpProtectionTest {

  private static byte[] packet(int sequence) {
    ByteBuffer b = ByteBuffer.allocate(12 + 160);
    b.put((byte) 0x80)
        .put((byte) 0)
        .putShort((short) sequence)
        .putInt(sequence * 160)
        .putInt(0x1234_5678);
    for (int i = 0; i < 160; i++) {
      b.put((byte) (i * 7));
    }
    return b.array();
  }

  private static byte[] protect(PacketProtection p, byte[] rtp) {
    ByteBuffer buf = ByteBuffer.allocate(2048);
    buf.put(rtp).flip();
    ByteBuffer out = p.protect(buf);
    return Arrays.copyOfRange(
        out.array(), out.arrayOffset() + out.position(), out.arrayOffset() + out.limit());
  }

  private static ByteBuffer received(byte[] wire) {
    ByteBuffer buf = ByteBuffer.allocate(2048);
    buf.put(wire).flip();
    return buf;
  }

  @ParameterizedTest
  @EnumSource(SrtpParameters.Suite.class)
  void encryptsAddsTheTagAndOnlyTheGenuinePacketPassesOnce(SrtpParameters.Suite suite) {
    byte[] a = new byte[30];
    byte[] b = new byte[30];
    new SecureRandom().nextBytes(a);
    new SecureRandom().nextBytes(b);
    PacketProtection sender = SrtpProtection.of(new SrtpParameters(suite, a, b));
    PacketProtection receiver = SrtpProtection.of(new SrtpParameters(suite, b, a));
    byte[] rtp = packet(1);
    byte[] wire = protect(sender, rtp);
    assertThat(wire).hasSize(rtp.length + suite.tagBytes());
    assertThat(Arrays.copyOfRange(wire, 0, 12))
        .as("the header stays readable")
        .isEqualTo(Arrays.copyOfRange(rtp, 0, 12));
    assertThat(Arrays.copyOfRange(wire, 12, 172))
        .as("the payload is encrypted")
        .isNotEqualTo(Arrays.copyOfRange(rtp, 12, 172));

    byte[] tampered = wire.clone();
    tampered[20] ^= 0x40;
    assertThat(receiver.unprotect(received(tampered))).isFalse();
    assertThat(receiver.authenticationFailures()).isEqualTo(1);

    ByteBuffer genuine = received(wire);
    assertThat(receiver.unprotect(genuine)).isTrue();
    assertThat(Arrays.copyOfRange(genuine.array(), 0, genuine.limit())).isEqualTo(rtp);

    assertThat(receiver.unprotect(received(wire))).as("replayed").isFalse();
    assertThat(receiver.replays()).isEqualTo(1);

    PacketProtection wrongKey = SrtpProtection.of(new SrtpParameters(suite, b, b));
    assertThat(wrongKey.unprotect(received(protect(sender, packet(2))))).isFalse();
  }

  @org.junit.jupiter.api.Test
  void warmUpPassesItsSelfTest() {
    SrtpParameters.warmUp();
  }

  @org.junit.jupiter.api.Test
  void keysAreNeverPrinted() {
    byte[] key = new byte[30];
    Arrays.fill(key, (byte) 0x41);
    SrtpParameters p = new SrtpParameters(SrtpParameters.Suite.AES_CM_128_HMAC_SHA1_80, key, key);
    assertThat(p.toString()).doesNotContain("AAAA").doesNotContain("65").contains("***");
  }
}
