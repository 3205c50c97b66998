package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.Pacer;

/**
 * The one thread that paces all media sessions of the application: each session sends a packet per
 * interval against an absolute schedule (the thread parks with {@code LockSupport.parkNanos} until
 * the next deadline) and polls its non-blocking socket in the same tick. Create one at application
 * start, pass it to every session, close it at exit.
 */
public final class MediaPacer implements AutoCloseable {

  private final Pacer pacer;
  private final Thread thread;

  private MediaPacer(Pacer pacer, String threadName) {
    this.pacer = pacer;
    this.thread = new Thread(pacer::runLoop, threadName);
    thread.setDaemon(true);
    thread.setPriority(Thread.MAX_PRIORITY);
  }

  /** Starts the pacing thread. */
  public static MediaPacer start() {
    MediaPacer mp = new MediaPacer(Pacer.system(), "vorzimmer-media-pacer");
    mp.thread.start();
    return mp;
  }

  /** A pacer without a thread, driven by the caller through {@code pacer.runOnce()} (tests). */
  static MediaPacer manual(Pacer pacer) {
    return new MediaPacer(pacer, "vorzimmer-media-pacer-manual");
  }

  Pacer pacer() {
    return pacer;
  }

  /** Stops the thread; sessions still scheduled stop being ticked. */
  @Override
  public void close() {
    pacer.stop();
  }
}
