package dev.vorzimmer.sip.internal.jainsip;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading side of one {@link TlsSocket}: notes when anything was last read (a SIP message or
 * the CRLF pong answering a keep-alive), and on the end of the input (the peer closed, or a read
 * failed) closes the socket and reports it once to {@code onClosed}. A connection given up with
 * {@link #abandon} is closed without that report.
 */
final class TlsReadWatch {

  private static final Logger LOG = LoggerFactory.getLogger(TlsReadWatch.class);

  private final Socket socket;
  private final Runnable onClosed;
  private final AtomicBoolean reported = new AtomicBoolean();
  private volatile long lastReadNanos = System.nanoTime();

  TlsReadWatch(Socket socket, Runnable onClosed) {
    this.socket = socket;
    this.onClosed = onClosed;
  }

  /** {@code in}, watched: every byte read counts, its end or a failure closes the connection. */
  InputStream watch(InputStream in) {
    return new Watched(in);
  }

  /** Nanoseconds ({@link System#nanoTime()}) since anything was last read, or since the connect. */
  long nanosSinceLastRead() {
    return System.nanoTime() - lastReadNanos;
  }

  /**
   * Closes a connection we gave up on without reporting it to {@code onClosed}: whoever abandons it
   * already knows and acts (registers again).
   */
  void abandon() {
    if (reported.compareAndSet(false, true)) {
      try {
        socket.close();
      } catch (IOException e) {
        LOG.debug("closing an abandoned TLS connection failed: {}", e.toString());
      }
    }
  }

  /**
   * Closes the connection (so the stack's next write fails and it connects anew instead of writing
   * into a half-closed one), then tells {@code onClosed}.
   */
  private void ended() {
    if (reported.compareAndSet(false, true)) {
      try {
        socket.close();
      } catch (IOException e) {
        LOG.debug("closing an ended TLS connection failed: {}", e.toString());
      }
      onClosed.run();
    }
  }

  /** Reports the end of the stream or a failed read. */
  private final class Watched extends FilterInputStream {
    Watched(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        int b = super.read();
        if (b < 0) {
          ended();
        } else {
          lastReadNanos = System.nanoTime();
        }
        return b;
      } catch (IOException e) {
        ended();
        throw e;
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
          ended();
        } else if (n > 0) {
          lastReadNanos = System.nanoTime();
        }
        return n;
      } catch (IOException e) {
        ended();
        throw e;
      }
    }
  }
}
