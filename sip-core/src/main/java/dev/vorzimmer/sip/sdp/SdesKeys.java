package dev.vorzimmer.sip.sdp;

import dev.vorzimmer.sip.MediaEncryption;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One call's side of SDES: the encryption mode and our own master keys, one per suite, made on
 * first use and kept for the call's life, so a re-INVITE (hold, resume) offers and answers with the
 * same key the media already uses. Confined to the SIP event thread.
 */
public final class SdesKeys {
  private final MediaEncryption mode;
  private final SecureRandom random;
  private final Map<CryptoSuite, SdesCrypto> ours;

  public SdesKeys(MediaEncryption mode, SecureRandom random) {
    this(mode, random, new EnumMap<>(CryptoSuite.class));
  }

  private SdesKeys(MediaEncryption mode, SecureRandom random, Map<CryptoSuite, SdesCrypto> ours) {
    this.mode = mode;
    this.random = random;
    this.ours = ours;
  }

  /**
   * The keys for a re-INVITE of a running call: media cannot switch encryption mid-call, so an
   * encrypted call stays SRTP ({@link MediaEncryption#REQUIRED}) and a plain one stays plain
   * ({@link MediaEncryption#NONE}), with the same keys as before.
   */
  public SdesKeys pinned(boolean encrypted) {
    return new SdesKeys(encrypted ? MediaEncryption.REQUIRED : MediaEncryption.NONE, random, ours);
  }

  /** Plain RTP only. */
  public static SdesKeys none() {
    return new SdesKeys(MediaEncryption.NONE, new SecureRandom());
  }

  public MediaEncryption mode() {
    return mode;
  }

  /** Our key for {@code suite} under {@code tag}. */
  public SdesCrypto ours(CryptoSuite suite, int tag) {
    return ours.computeIfAbsent(suite, s -> SdesCrypto.generate(1, s, random)).withTag(tag);
  }

  /**
   * The crypto lines of our offers: every suite, strongest first, tags 1, 2, …; none in mode NONE.
   */
  public List<SdesCrypto> offer() {
    if (mode == MediaEncryption.NONE) {
      return List.of();
    }
    CryptoSuite[] suites = CryptoSuite.values();
    SdesCrypto[] lines = new SdesCrypto[suites.length];
    for (int i = 0; i < suites.length; i++) {
      lines[i] = ours(suites[i], i + 1);
    }
    return List.of(lines);
  }

  /**
   * The offered line we take: the strongest suite, first in the offer among equals; empty in mode
   * NONE.
   */
  public Optional<SdesCrypto> choose(List<SdesCrypto> offered) {
    if (mode == MediaEncryption.NONE) {
      return Optional.empty();
    }
    return offered.stream().min(java.util.Comparator.comparing(SdesCrypto::suite));
  }
}
