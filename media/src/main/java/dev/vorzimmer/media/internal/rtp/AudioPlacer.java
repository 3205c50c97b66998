package dev.vorzimmer.media.internal.rtp;

import java.util.Map;
import java.util.TreeMap;

/**
 * Places received audio on a continuous sample timeline by RTP timestamp, and releases it in order.
 *
 * <p>Packets may have any duration (20 ms, 30 ms, ...), arrive reordered or duplicated, or be lost:
 * a hole is filled with silence once audio more than {@code jitterSamples} beyond it has arrived,
 * or on {@link #flush()}. A packet that arrives after its place was released is dropped. A new
 * SSRC, or a timestamp jump larger than {@code maxGapSamples}, re-anchors the timeline so the new
 * stream continues right after the audio placed so far.
 */
public final class AudioPlacer {

  /** Receives released audio, in order, without holes. */
  @FunctionalInterface
  public interface Sink {
    void accept(short[] samples, int offset, int count);
  }

  private final Sink sink;
  private final int jitterSamples;
  private final int maxGapSamples;
  private final TreeMap<Long, short[]> pending = new TreeMap<>();
  private boolean anchored;
  private int ssrc;
  private long anchorTimestamp;
  private long anchorPosition;
  private long released;
  private long placedEnd;
  private long dropped;

  public AudioPlacer(Sink sink, int jitterSamples, int maxGapSamples) {
    this.sink = sink;
    this.jitterSamples = jitterSamples;
    this.maxGapSamples = maxGapSamples;
  }

  /** Places one packet's decoded samples; {@code timestamp} is the packet's RTP timestamp. */
  public void offer(int packetSsrc, long timestamp, short[] samples) {
    if (samples.length == 0) {
      return;
    }
    if (!anchored || packetSsrc != ssrc) {
      anchor(packetSsrc, timestamp);
    }
    long position = positionOf(timestamp);
    if (position - placedEnd > maxGapSamples || position < released - maxGapSamples) {
      anchor(packetSsrc, timestamp);
      position = positionOf(timestamp);
    }
    if (position < released || pending.containsKey(position)) {
      dropped++;
      return;
    }
    pending.put(position, samples);
    placedEnd = Math.max(placedEnd, position + samples.length);
    release(false);
  }

  /** Releases everything placed so far, filling holes with silence. */
  public void flush() {
    release(true);
  }

  /** Samples released to the sink so far. */
  public long releasedSamples() {
    return released;
  }

  /** Packets dropped as late or duplicate. */
  public long droppedPackets() {
    return dropped;
  }

  private void anchor(int packetSsrc, long timestamp) {
    anchored = true;
    ssrc = packetSsrc;
    anchorTimestamp = timestamp;
    anchorPosition = placedEnd;
  }

  private long positionOf(long timestamp) {
    int delta = (int) (timestamp - anchorTimestamp);
    return anchorPosition + delta;
  }

  private void release(boolean force) {
    while (!pending.isEmpty()) {
      Map.Entry<Long, short[]> first = pending.firstEntry();
      long start = first.getKey();
      if (start > released) {
        if (!force && placedEnd - released <= jitterSamples) {
          return;
        }
        emitSilence(start - released);
      }
      pending.pollFirstEntry();
      short[] samples = first.getValue();
      int skip = (int) (released - start);
      if (skip < samples.length) {
        sink.accept(samples, skip, samples.length - skip);
        released += samples.length - skip;
      }
    }
  }

  private void emitSilence(long count) {
    short[] zeros = new short[(int) Math.min(count, 8000)];
    long left = count;
    while (left > 0) {
      int n = (int) Math.min(left, zeros.length);
      sink.accept(zeros, 0, n);
      left -= n;
    }
    released += count;
  }
}
