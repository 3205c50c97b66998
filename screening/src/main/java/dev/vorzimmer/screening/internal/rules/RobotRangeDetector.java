package dev.vorzimmer.screening.internal.rules;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.vorzimmer.screening.QuarantinedRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Detects robots dialling through number ranges: when {@code minCallers} distinct numbers sharing
 * all but the last {@code dropDigits} digits call within {@code window}, that range is quarantined
 * for {@code quarantine}. Memory is bounded: observations older than the window are evicted (ranges
 * nobody called from within the window are forgotten), a range keeps its newest {@code minCallers}
 * numbers only, and at most {@code maxRanges} ranges are tracked (least recently seen dropped
 * first). Thread-safe.
 *
 * <p>Caller IDs are free to set, so a range is only ever formed from a number libphonenumber calls
 * valid, by dropping exactly {@code dropDigits} digits (numbers in one range therefore have the
 * same length), and it is only quarantined or counted as a caller's neighbours when it still keeps
 * the whole area code or mobile network code (NDC) plus at least {@value #MIN_SUBSCRIBER_DIGITS}
 * subscriber digits: three spoofed short numbers can never quarantine a city or a mobile network.
 * At most {@value #MAX_QUARANTINED} ranges are quarantined at once; further bursts are not
 * quarantined (those callers still reach voicemail).
 */
public final class RobotRangeDetector {
  /** Subscriber digits a range keeps beyond the area/network code, at least. */
  public static final int MIN_SUBSCRIBER_DIGITS = 2;

  /** Ranges quarantined at the same time, at most. */
  public static final int MAX_QUARANTINED = 20;

  private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();
  private final int minCallers;
  private final int dropDigits;
  private final Duration window;
  private final Duration quarantine;
  private final Map<String, Map<String, Instant>> observations;
  private final Map<String, QuarantinedRange> quarantined = new LinkedHashMap<>();

  /** Remembered numbers' validity and range shapes, at most this many each. */
  private static final int MEMO_LIMIT = 4096;

  private final Map<String, Boolean> validity = new ConcurrentHashMap<>();
  private final Map<String, Boolean> shapes = new ConcurrentHashMap<>();

  /** A detector; {@code minCallers} 0 disables it. */
  public RobotRangeDetector(
      int minCallers, int dropDigits, Duration window, Duration quarantine, int maxRanges) {
    this.minCallers = minCallers;
    this.dropDigits = dropDigits;
    this.window = window;
    this.quarantine = quarantine;
    this.observations =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Map<String, Instant>> eldest) {
            return size() > maxRanges;
          }
        };
  }

  /**
   * The range key of {@code e164} ({@code +4921155599001} → {@code +49211555990}): empty unless the
   * number is valid and the range keeps its area/network code and {@value #MIN_SUBSCRIBER_DIGITS}
   * more digits.
   */
  public Optional<String> rangeOf(String e164) {
    return rangeOf(e164, validityOf(e164));
  }

  /**
   * As {@link #rangeOf(String)}, for a number whose validity the caller already knows (the
   * normaliser parsed it: {@code valid} is its line type not being unknown), so it is not parsed
   * again.
   */
  public Optional<String> rangeOf(String e164, boolean valid) {
    return candidate(e164, valid).filter(r -> keepsNetwork(r, e164));
  }

  /**
   * The range {@code e164} falls in if its shape allows one: the number without its last {@code
   * dropDigits} digits, for a valid number. Cheap; whether the range keeps the network code ({@link
   * #keepsNetwork}) costs a formatting of the number (libphonenumber's regular expressions), so
   * that is asked only when a range has a second caller: a first call from a range, the common
   * case, never pays for it.
   */
  private Optional<String> candidate(String e164, boolean valid) {
    if (!valid || !e164.startsWith("+") || e164.length() <= dropDigits + 1) {
      return Optional.empty();
    }
    return Optional.of(e164.substring(0, e164.length() - dropDigits));
  }

  private boolean validityOf(String e164) {
    Boolean known = validity.get(e164);
    if (known == null) {
      known = valid(e164);
      bounded(validity).put(e164, known);
    }
    return known;
  }

  private static boolean valid(String e164) {
    try {
      return e164.startsWith("+") && PHONE.isValidNumber(PHONE.parse(e164, "ZZ"));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /**
   * True when {@code range} (of the valid {@code e164}) keeps the NDC and enough subscriber digits;
   * remembered per range (the numbers of one range have one shape).
   */
  private boolean keepsNetwork(String range, String e164) {
    Boolean keeps = shapes.get(range);
    if (keeps == null) {
      keeps = keepsNetwork(e164);
      bounded(shapes).put(range, keeps);
    }
    return keeps;
  }

  private boolean keepsNetwork(String e164) {
    PhoneNumber number;
    try {
      number = PHONE.parse(e164, "ZZ");
    } catch (NumberParseException e) {
      return false;
    }
    String national = PHONE.getNationalSignificantNumber(number);
    int keep = national.length() - dropDigits;
    return keep >= PHONE.getLengthOfNationalDestinationCode(number) + MIN_SUBSCRIBER_DIGITS
        && e164.endsWith(national);
  }

  private static <V> Map<String, V> bounded(Map<String, V> memo) {
    if (memo.size() >= MEMO_LIMIT) {
      memo.clear();
    }
    return memo;
  }

  /**
   * Records a call from {@code e164} at {@code now}.
   *
   * @return true when this call made its range reach the threshold (the range is now quarantined)
   */
  public boolean observe(String e164, Instant now) {
    return observe(e164, candidate(e164, validityOf(e164)), now);
  }

  /** As {@link #observe(String, Instant)}, for a number whose validity is known. */
  public boolean observe(String e164, boolean valid, Instant now) {
    bounded(validity).put(e164, valid);
    return observe(e164, candidate(e164, valid), now);
  }

  private synchronized boolean observe(String e164, Optional<String> range, Instant now) {
    if (minCallers == 0 || range.isEmpty() || activeQuarantine(range.get(), now).isPresent()) {
      return false;
    }
    Map<String, Instant> seen =
        observations.computeIfAbsent(range.get(), r -> new LinkedHashMap<>());
    seen.remove(e164);
    seen.put(e164, now);
    if (seen.size() > minCallers) {
      // the newest minCallers decide the threshold; more are only kept when the quarantine cap is
      // reached
      Iterator<Instant> oldest = seen.values().iterator();
      oldest.next();
      oldest.remove();
    }
    Instant cutoff = now.minus(window);
    seen.values().removeIf(t -> t.isBefore(cutoff));
    forgetSilentRanges(cutoff);
    if (seen.size() < minCallers
        || quarantined(now).size() >= MAX_QUARANTINED
        || !keepsNetwork(range.get(), e164)) {
      return false;
    }
    Instant first = seen.values().iterator().next();
    quarantined.put(
        range.get(),
        new QuarantinedRange(
            range.get() + "*",
            seen.size(),
            Duration.between(first, now),
            now,
            now.plus(quarantine)));
    observations.remove(range.get());
    return true;
  }

  /** The active quarantine covering {@code e164}, if any (records nothing). */
  public synchronized Optional<QuarantinedRange> quarantineOf(String e164, Instant now) {
    // only ranges that keep the network code are ever quarantined: the candidate is enough
    return candidate(e164, validityOf(e164)).flatMap(r -> activeQuarantine(r, now));
  }

  /** All quarantines active at {@code now}, oldest first; expired ones are forgotten. */
  public synchronized List<QuarantinedRange> quarantined(Instant now) {
    quarantined.values().removeIf(q -> !q.activeAt(now));
    return new ArrayList<>(quarantined.values());
  }

  /**
   * Other numbers of {@code e164}'s range seen within the window (records nothing): more than zero
   * makes a caller a robot suspect.
   */
  public synchronized int neighbours(String e164, Instant now) {
    Optional<String> range = candidate(e164, validityOf(e164));
    if (minCallers == 0 || range.isEmpty()) {
      return 0;
    }
    Map<String, Instant> seen = observations.get(range.get());
    if (seen == null) {
      return 0;
    }
    Instant cutoff = now.minus(window);
    int others =
        (int)
            seen.entrySet().stream()
                .filter(e -> !e.getKey().equals(e164) && !e.getValue().isBefore(cutoff))
                .count();
    return others > 0 && keepsNetwork(range.get(), e164) ? others : 0;
  }

  /** Lifts the quarantine of {@code pattern} ({@code +49211555990*}); true if there was one. */
  public synchronized boolean release(String pattern) {
    String range = pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) : pattern;
    return quarantined.remove(range) != null;
  }

  /** Number of ranges with pending observations (for tests of the memory bound). */
  public synchronized int trackedRanges(Instant now) {
    Instant cutoff = now.minus(window);
    for (Iterator<Map<String, Instant>> it = observations.values().iterator(); it.hasNext(); ) {
      Map<String, Instant> seen = it.next();
      seen.values().removeIf(t -> t.isBefore(cutoff));
      if (seen.isEmpty()) {
        it.remove();
      }
    }
    return observations.size();
  }

  /**
   * Drops ranges nobody called from since {@code cutoff}: {@code observations} is in order of each
   * range's latest call, so they are all at its head.
   */
  private void forgetSilentRanges(Instant cutoff) {
    for (Iterator<Map<String, Instant>> it = observations.values().iterator(); it.hasNext(); ) {
      Map<String, Instant> seen = it.next();
      seen.values().removeIf(t -> t.isBefore(cutoff));
      if (!seen.isEmpty()) {
        return;
      }
      it.remove();
    }
  }

  /** Numbers remembered over all ranges, as they are (for tests of the memory bound). */
  public synchronized int trackedNumbers() {
    return observations.values().stream().mapToInt(Map::size).sum();
  }

  /** Digits hidden in a range's display form. */
  public int dropDigits() {
    return dropDigits;
  }

  private Optional<QuarantinedRange> activeQuarantine(String range, Instant now) {
    QuarantinedRange q = quarantined.get(range);
    if (q != null && !q.activeAt(now)) {
      quarantined.remove(range);
      return Optional.empty();
    }
    return Optional.ofNullable(q);
  }
}
