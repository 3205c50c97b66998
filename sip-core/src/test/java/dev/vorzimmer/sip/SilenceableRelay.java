package dev.vorzimmer.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on 127.0.0.1 in front of a server (TLS passes through it untouched, end to end). When
 * {@link #silence silenced} it keeps every connection open but drops whatever arrives in either
 * direction and holds new connections the same way: a path that stopped answering without closing,
 * as a NAT binding that expired or a provider that hung. {@link #restore} lets new connections
 * through again.
 */
final class SilenceableRelay implements AutoCloseable {

  private final ServerSocket server;
  private final InetSocketAddress target;
  private final ExecutorService pumps = Executors.newCachedThreadPool();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<AtomicBoolean> mutes = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean silent;
  private int fromServer;

  private SilenceableRelay(ServerSocket server, InetSocketAddress target) {
    this.server = server;
    this.target = target;
  }

  static SilenceableRelay to(int port) throws IOException {
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    SilenceableRelay relay =
        new SilenceableRelay(server, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    relay.pumps.execute(relay::accept);
    return relay;
  }

  int port() {
    return server.getLocalPort();
  }

  /** Connections accepted so far. */
  int connections() {
    return connections.get();
  }

  /**
   * Waits until {@code count} more chunks than {@code seen} came from the server (answers, pongs);
   * true if they did within {@code timeout}.
   */
  synchronized boolean awaitFromServer(int seen, int count, java.time.Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (fromServer < seen + count) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }

  /** Chunks that came from the server and were passed on so far. */
  synchronized int fromServer() {
    return fromServer;
  }

  private synchronized void passedFromServer() {
    fromServer++;
    notifyAll();
  }

  /** From now on nothing passes, on the open connections and on new ones. */
  void silence() {
    silent = true;
    mutes.forEach(m -> m.set(true));
  }

  /** New connections pass again (the silenced ones stay silent). */
  void restore() {
    silent = false;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        connections.incrementAndGet();
        sockets.add(client);
        Socket upstream = new Socket();
        sockets.add(upstream);
        upstream.connect(target, 2000);
        AtomicBoolean muted = new AtomicBoolean(silent);
        mutes.add(muted);
        pumps.execute(() -> pump(client, upstream, muted, () -> {}));
        pumps.execute(() -> pump(upstream, client, muted, this::passedFromServer));
      } catch (IOException e) {
        return;
      }
    }
  }

  /** Copies from → to until the connection is muted; drops what arrives after that. */
  private void pump(Socket from, Socket to, AtomicBoolean muted, Runnable passed) {
    byte[] buffer = new byte[16384];
    try (InputStream in = from.getInputStream()) {
      OutputStream out = to.getOutputStream();
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (!muted.get()) {
          out.write(buffer, 0, n);
          out.flush();
          passed.run();
        }
      }
      to.shutdownOutput();
    } catch (IOException e) {
      closeBoth(from, to);
    }
  }

  private static void closeBoth(Socket a, Socket b) {
    try {
      a.close();
      b.close();
    } catch (IOException e) {
      // closing after a failed copy: both are being torn down anyway
      return;
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    server.close();
    for (Socket s : sockets) {
      s.close();
    }
    pumps.shutdownNow();
    pumps.awaitTermination(5, TimeUnit.SECONDS);
  }
}
