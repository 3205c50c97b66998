package dev.vorzimmer.app.door;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The other side of the {@link Door}: hands one request to the phone running on a data folder. */
public final class DoorBell {
  private DoorBell() {}

  /**
   * Sends {@code request} to the phone listening in {@code dataDir} and waits up to {@code timeout}
   * for its answer.
   *
   * @return the phone's reply; empty when nobody listens there (no socket, or one a dead phone
   *     left)
   * @throws IOException when a phone listens but does not answer in time or hangs up early
   */
  public static Optional<DoorRequest.Reply> ring(
      Path dataDir, DoorRequest request, Duration timeout) throws IOException {
    Path file = dataDir.resolve(Door.FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    try (channel) {
      try {
        channel.connect(UnixDomainSocketAddress.of(file));
      } catch (IOException nobody) {
        return Optional.empty(); // refused: a stale socket file
      }
      CompletableFuture<Void> watchdog =
          CompletableFuture.runAsync(
              () -> close(channel),
              CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
      try {
        Door.Wire.writeLine(channel, request.wire());
        Optional<String> line = Door.Wire.readLine(channel, Door.MAX_LINE);
        return Optional.of(
            DoorRequest.Reply.of(
                line.orElseThrow(() -> new IOException("the phone hung up without an answer"))));
      } catch (IOException e) {
        throw new IOException(
            "the phone on " + file + " did not answer within " + timeout.toSeconds() + " s", e);
      } finally {
        watchdog.cancel(false);
      }
    }
  }

  private static void close(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // closing to end a wait; nothing more to do
    }
  }
}
