package dev.vorzimmer.media.internal.srtp;

import dev.vorzimmer.media.SrtpParameters;
import dev.vorzimmer.media.internal.rtp.PacketProtection;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.jitsi.srtp.SrtpPolicy;
import org.jitsi.srtp.crypto.Aes;
import org.jitsi.utils.logging2.LoggerImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SRTP (RFC 3711) on jitsi-srtp: AES counter mode with HMAC-SHA1 (80- or 32-bit tags), replay
 * protection on receive. One sending context for our SSRC; a receiving context per peer SSRC, kept
 * once a packet of it authenticated (at most {@link #MAX_PEER_SSRCS}; beyond that, replay
 * protection of the extra SSRCs is lost, so they are dropped). Not thread-safe: the pacer thread
 * only. Keys are never logged.
 */
public final class SrtpProtection implements PacketProtection {

  private static final Logger LOG = LoggerFactory.getLogger(SrtpProtection.class);
  private static final int HEADER = 12;
  private static final int KEY = 16;
  private static final int SALT = 14;
  private static final int HMAC_SHA1_KEY = 20;
  static final int MAX_PEER_SSRCS = 4;
  private static final String JDK_AES = Aes.class.getName() + "$SunJCECipherFactory";

  private final int tagBytes;
  private final SrtpContextFactory sending;
  private final SrtpContextFactory receiving;
  private final Map<Integer, SrtpCryptoContext> peers = new HashMap<>();
  private SrtpCryptoContext ours;
  private int ourSsrc;
  private long authenticationFailures;
  private long replays;

  private SrtpProtection(SrtpParameters parameters) {
    this.tagBytes = parameters.suite().tagBytes();
    this.sending = factory(true, parameters.sendKeySalt());
    this.receiving = factory(false, parameters.receiveKeySalt());
  }

  /**
   * Loads jitsi-srtp's ciphers and MAC providers by protecting and checking one packet with
   * throw-away keys: the first time takes about a second, which must not happen on the media thread
   * during a call.
   */
  public static void warmUp() {
    byte[] keys = new byte[SrtpParameters.KEY_SALT_BYTES];
    new java.security.SecureRandom().nextBytes(keys);
    SrtpProtection p =
        new SrtpProtection(
            new SrtpParameters(SrtpParameters.Suite.AES_CM_128_HMAC_SHA1_80, keys, keys));
    ByteBuffer packet = ByteBuffer.allocate(HEADER + 160 + 16);
    packet
        .put((byte) 0x80)
        .put((byte) 0)
        .putShort((short) 1)
        .putInt(0)
        .putInt(1)
        .put(new byte[160])
        .flip();
    boolean ok = p.unprotect(p.protect(packet));
    p.close();
    if (!ok) {
      throw new IllegalStateException("SRTP self-test failed");
    }
  }

  /** SRTP with {@code parameters}' suite and keys. */
  public static PacketProtection of(SrtpParameters parameters) {
    return new SrtpProtection(parameters);
  }

  private SrtpContextFactory factory(boolean sender, byte[] keySalt) {
    // The JDK's AES (hardware-accelerated where the CPU has it): no native library unpacked, and no
    // multi-second cipher benchmark on first use, which would stall the media thread.
    Aes.setFactoryClassName(JDK_AES);
    SrtpPolicy srtp =
        new SrtpPolicy(
            SrtpPolicy.AESCM_ENCRYPTION,
            KEY,
            SrtpPolicy.HMACSHA1_AUTHENTICATION,
            HMAC_SHA1_KEY,
            tagBytes,
            SALT);
    SrtpPolicy srtcp =
        new SrtpPolicy(
            SrtpPolicy.AESCM_ENCRYPTION,
            KEY,
            SrtpPolicy.HMACSHA1_AUTHENTICATION,
            HMAC_SHA1_KEY,
            10,
            SALT);
    byte[] key = Arrays.copyOfRange(keySalt, 0, KEY);
    byte[] salt = Arrays.copyOfRange(keySalt, KEY, KEY + SALT);
    try {
      return new SrtpContextFactory(
          sender, key, salt, srtp, srtcp, new LoggerImpl(SrtpProtection.class.getName()));
    } finally {
      Arrays.fill(key, (byte) 0);
      Arrays.fill(salt, (byte) 0);
      Arrays.fill(keySalt, (byte) 0);
    }
  }

  @Override
  public ByteBuffer protect(ByteBuffer packet) {
    Datagram d = new Datagram(packet.array(), packet.arrayOffset(), packet.limit());
    try {
      int ssrc = packet.getInt(8);
      if (ours == null || ssrc != ourSsrc) {
        ours = sending.deriveContext(ssrc, 0);
        ourSsrc = ssrc;
      }
      SrtpErrorStatus status = ours.transformPacket(d);
      if (status != SrtpErrorStatus.OK) {
        throw new IllegalStateException("SRTP protect failed: " + status);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SRTP protect failed", e);
    }
    if (d.getBuffer() != packet.array()) {
      return ByteBuffer.wrap(d.getBuffer(), d.getOffset(), d.getLength());
    }
    packet.limit(d.getLength());
    return packet;
  }

  @Override
  public boolean unprotect(ByteBuffer datagram) {
    int length = datagram.remaining();
    if (length < HEADER + tagBytes || (datagram.get(datagram.position()) & 0xC0) != 0x80) {
      authenticationFailures++;
      return false;
    }
    int ssrc = datagram.getInt(datagram.position() + 8);
    Datagram d =
        new Datagram(datagram.array(), datagram.arrayOffset() + datagram.position(), length);
    SrtpErrorStatus status;
    try {
      SrtpCryptoContext context = peers.get(ssrc);
      boolean known = context != null;
      if (!known) {
        context = receiving.deriveContext(ssrc, 0);
      }
      if (!known && peers.size() >= MAX_PEER_SSRCS) {
        authenticationFailures++;
        return false;
      }
      status = context.reverseTransformPacket(d, false);
      if (!known && status == SrtpErrorStatus.OK && peers.size() < MAX_PEER_SSRCS) {
        peers.put(ssrc, context);
      }
    } catch (GeneralSecurityException e) {
      LOG.debug("SRTP unprotect failed: {}", e.getClass().getSimpleName());
      status = SrtpErrorStatus.FAIL;
    }
    switch (status) {
      case OK -> {
        datagram.limit(datagram.position() + d.getLength());
        return true;
      }
      case REPLAY_FAIL, REPLAY_OLD -> replays++;
      default -> authenticationFailures++;
    }
    return false;
  }

  @Override
  public long authenticationFailures() {
    return authenticationFailures;
  }

  @Override
  public long replays() {
    return replays;
  }

  @Override
  public void close() {
    sending.close();
    receiving.close();
  }
}
