package dev.vorzimmer.sip.internal.jainsip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLSocket;

/**
 * Opens TLS connections on its own thread ("vorzimmer-tls-connect"), never on the SIP event thread:
 * the TCP connect and the handshake may take up to 5 s each. {@link #connect} makes a connection to
 * a peer before a request is handed to JAIN-SIP and parks it; when the stack then asks {@link
 * TlsNetworkLayer} for a socket to that peer, it {@link #take takes} the parked one at once. The
 * stack's own threads (retransmissions) may still open one themselves; the event thread may not
 * ({@link #mustNotBlock()}).
 */
final class TlsConnector implements AutoCloseable {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TlsConnector.class);

  /** Connect and handshake; throws the failure whose message is the status line. */
  @FunctionalInterface
  interface Opener {
    SSLSocket open(InetSocketAddress peer) throws IOException;
  }

  private final Opener opener;
  private final ExecutorService lane =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "vorzimmer-tls-connect");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<InetSocketAddress, SSLSocket> parked = new ConcurrentHashMap<>();
  private final Map<InetSocketAddress, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();
  private final Map<InetSocketAddress, TlsSocket> inUse = new ConcurrentHashMap<>();
  private volatile BooleanSupplier mustNotBlock = () -> false;

  TlsConnector(Opener opener) {
    this.opener = opener;
  }

  /** Names the thread that must never wait for a connection (the SIP event thread). */
  void neverBlock(BooleanSupplier onThatThread) {
    this.mustNotBlock = onThatThread;
  }

  /** True on the thread that must not wait for a connect or handshake. */
  boolean mustNotBlock() {
    return mustNotBlock.getAsBoolean();
  }

  /**
   * Completes once there is a TLS connection to {@code peer}: at once when the stack holds an open
   * one or one is parked, else when the lane made one (exceptionally with the {@link
   * TlsNetworkLayer.Failure} when it could not).
   */
  CompletableFuture<Void> connect(InetSocketAddress peer) {
    TlsSocket used = inUse.get(peer);
    if ((used != null && !used.isClosed()) || parked.containsKey(peer)) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> underWay = pending.get(peer);
    if (underWay != null && !underWay.isDone()) {
      return underWay;
    }
    CompletableFuture<Void> started = CompletableFuture.runAsync(() -> park(peer), lane);
    pending.put(peer, started);
    return started;
  }

  private void park(InetSocketAddress peer) {
    try {
      SSLSocket socket = opener.open(peer);
      SSLSocket old = parked.put(peer, socket);
      if (old != null) {
        closeQuietly(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The connection parked for {@code peer}, handed over (removed), or null. */
  SSLSocket take(InetSocketAddress peer) {
    return parked.remove(peer);
  }

  /** The stack now uses {@code socket} towards {@code peer}. */
  void inUse(InetSocketAddress peer, TlsSocket socket) {
    inUse.put(peer, socket);
  }

  /**
   * The open connection the stack uses towards {@code host} (an IP address as text) and {@code
   * port}, if any; no name is looked up.
   */
  java.util.Optional<TlsSocket> inUse(String host, int port) {
    String literal = host.replace("[", "").replace("]", "");
    if (!com.google.common.net.InetAddresses.isInetAddress(literal)) {
      return java.util.Optional.empty();
    }
    InetSocketAddress peer =
        new InetSocketAddress(com.google.common.net.InetAddresses.forString(literal), port);
    return java.util.Optional.ofNullable(inUse.get(peer)).filter(socket -> !socket.isClosed());
  }

  /** Stops the lane and closes connections nobody took. */
  @Override
  public void close() {
    lane.shutdownNow();
    parked.values().forEach(TlsConnector::closeQuietly);
    parked.clear();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("closing an unused TLS connection failed: {}", e.toString());
    }
  }
}
