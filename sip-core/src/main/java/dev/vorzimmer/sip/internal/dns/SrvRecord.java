package dev.vorzimmer.sip.internal.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** One SRV record ({@code priority weight port target}, RFC 2782). */
record SrvRecord(int priority, int weight, int port, String target) {

  /**
   * Parses JNDI's text form; empty for malformed records and for the "no service" target {@code .}.
   */
  static Optional<SrvRecord> parse(String text) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length != 4) {
      return Optional.empty();
    }
    try {
      int priority = Integer.parseInt(parts[0]);
      int weight = Integer.parseInt(parts[1]);
      int port = Integer.parseInt(parts[2]);
      String target = stripDot(parts[3]);
      if (target.isEmpty() || port < 1 || port > 65535 || priority < 0 || weight < 0) {
        return Optional.empty();
      }
      return Optional.of(new SrvRecord(priority, weight, port, target));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Lowest priority first; within a priority a weighted random order as RFC 2782 describes. */
  static List<SrvRecord> ordered(List<SrvRecord> records, RandomGenerator random) {
    TreeMap<Integer, List<SrvRecord>> byPriority = new TreeMap<>();
    records.forEach(r -> byPriority.computeIfAbsent(r.priority(), p -> new ArrayList<>()).add(r));
    List<SrvRecord> result = new ArrayList<>();
    for (List<SrvRecord> group : byPriority.values()) {
      List<SrvRecord> left = new ArrayList<>(group);
      left.sort(Comparator.comparingInt(SrvRecord::weight));
      while (!left.isEmpty()) {
        int total = left.stream().mapToInt(SrvRecord::weight).sum();
        int pick = total == 0 ? 0 : random.nextInt(total + 1);
        int running = 0;
        for (int i = 0; i < left.size(); i++) {
          running += left.get(i).weight();
          if (running >= pick) {
            result.add(left.remove(i));
            break;
          }
        }
      }
    }
    return result;
  }

  static String stripDot(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
