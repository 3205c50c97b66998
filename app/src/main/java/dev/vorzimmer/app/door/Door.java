package dev.vorzimmer.app.door;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running phone's door: a Unix-domain socket {@code DATA/vorzimmer.sock} (mode 0600, inside the
 * 0700 data folder) on which later starts ({@code vorzimmer dial tel:…}, a {@code tel:} link, a
 * second {@code vorzimmer}) hand over their request as one line and read one line back. Only the
 * holder of the data folder's lock opens it, so a socket file found there is a leftover of a phone
 * that died and is replaced. One thread accepts; a connection that sends nothing for {@link
 * #READ_TIMEOUT_MS} is closed.
 */
public final class Door implements AutoCloseable {
  /** The socket's name inside the data folder. */
  public static final String FILE_NAME = "vorzimmer.sock";

  static final int MAX_LINE = 1024;
  static final long READ_TIMEOUT_MS = 3000;
  private static final Logger LOG = LoggerFactory.getLogger(Door.class);

  /** Answers one request; runs on the door's thread, so it must return quickly. */
  @FunctionalInterface
  public interface Handler {
    DoorRequest.Reply handle(DoorRequest request);
  }

  private final Path file;
  private final ServerSocketChannel server;
  private final Handler handler;
  private final ScheduledExecutorService timeouts;
  private final Thread acceptor;

  private Door(Path file, ServerSocketChannel server, Handler handler) {
    this.file = file;
    this.server = server;
    this.handler = handler;
    this.timeouts =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "door-timeouts");
              t.setDaemon(true);
              return t;
            });
    this.acceptor = new Thread(this::acceptLoop, "door");
    acceptor.setDaemon(true);
  }

  /**
   * Opens the door of {@code dataDir}; the caller must hold the folder's lock.
   *
   * @throws IOException when the socket cannot be bound (the message names the file)
   */
  public static Door open(Path dataDir, Handler handler) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(file + " is a folder; remove it");
    }
    Files.deleteIfExists(file); // a dead phone's socket: we hold the lock, nobody else listens
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      server.bind(UnixDomainSocketAddress.of(file));
      if (Files.getFileStore(dataDir).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      server.close();
      throw new IOException("cannot open " + file + ": " + e.getMessage(), e);
    }
    Door door = new Door(file, server, handler);
    door.acceptor.start();
    return door;
  }

  /** The socket file. */
  public Path file() {
    return file;
  }

  private void acceptLoop() {
    while (server.isOpen()) {
      try (SocketChannel client = server.accept()) {
        serve(client);
      } catch (ClosedChannelException e) {
        return; // closed by close()
      } catch (IOException e) {
        LOG.warn("door: a request could not be read or answered: {}", e.getMessage());
      }
    }
  }

  private void serve(SocketChannel client) throws IOException {
    ScheduledFuture<?> timeout =
        timeouts.schedule(() -> closeQuietly(client), READ_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    try {
      Optional<String> line = Wire.readLine(client, MAX_LINE);
      DoorRequest.Reply reply =
          line.flatMap(DoorRequest::of)
              .map(this::answer)
              .orElseGet(
                  () -> new DoorRequest.Reply(false, "not a request: SHOW or DIAL <target>"));
      Wire.writeLine(client, reply.line());
    } finally {
      timeout.cancel(false);
    }
  }

  private DoorRequest.Reply answer(DoorRequest request) {
    try {
      return handler.handle(request);
    } catch (RuntimeException e) {
      LOG.error("door: handling {} failed", request, e);
      return new DoorRequest.Reply(false, "the phone could not handle it: " + e.getMessage());
    }
  }

  private static void closeQuietly(SocketChannel client) {
    try {
      client.close();
    } catch (IOException e) {
      LOG.debug("door: closing a slow client: {}", e.getMessage());
    }
  }

  /** Stops accepting and removes the socket file. */
  @Override
  public void close() throws IOException {
    try {
      server.close();
      timeouts.shutdownNow();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Line I/O on a blocking channel: UTF-8, {@code \n}-terminated, bounded. */
  static final class Wire {
    private Wire() {}

    static Optional<String> readLine(SocketChannel channel, int max) throws IOException {
      ByteBuffer buffer = ByteBuffer.allocate(max);
      while (buffer.hasRemaining()) {
        int before = buffer.position();
        if (channel.read(buffer) < 0) {
          break;
        }
        for (int i = before; i < buffer.position(); i++) {
          if (buffer.get(i) == '\n') {
            return Optional.of(new String(buffer.array(), 0, i, StandardCharsets.UTF_8).strip());
          }
        }
      }
      return Optional.empty(); // too long, or the other side closed without a full line
    }

    static void writeLine(SocketChannel channel, String line) throws IOException {
      ByteBuffer out = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
      while (out.hasRemaining()) {
        channel.write(out);
      }
    }
  }
}
