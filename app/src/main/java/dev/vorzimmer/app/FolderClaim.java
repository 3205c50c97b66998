package dev.vorzimmer.app;

import dev.vorzimmer.app.door.Door;
import dev.vorzimmer.app.door.DoorBell;
import dev.vorzimmer.app.door.DoorRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Who runs the phone on a data folder: the start that gets the folder's lock. Every other start
 * that has something to ask (show the window, dial) hands it through the {@link Door} to the
 * winner, waiting while the winner is still starting up; so of two phones started at the same
 * moment exactly one runs and the other's request still arrives.
 */
final class FolderClaim {
  private static final Duration WAIT_FOR_DOOR = Duration.ofSeconds(30);
  private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

  /** Longest wait between two tries: a holder that ends releases its lock without a file event. */
  private static final Duration RETRY_AT_MOST = Duration.ofMillis(250);

  /** The result: this process runs the phone, or it is done with an exit code. */
  sealed interface Outcome permits Won, Done {}

  /** This process holds the lock and runs the phone. */
  record Won(DataFolderLock lock) implements Outcome {}

  /** Another phone runs; {@code exitCode} says whether it took the request. */
  record Done(int exitCode) implements Outcome {}

  private final PrintStream out;
  private final PrintStream err;

  FolderClaim(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Takes the lock of {@code dataDir}, or hands {@code request} to the phone that holds it ({@code
   * request} empty: nothing to hand over, a second phone is refused).
   */
  Outcome claim(Path dataDir, Optional<DoorRequest> request) {
    try (FolderWatch watch =
        FolderWatch.on(dataDir, java.util.Set.of(DataFolderLock.FILE_NAME, Door.FILE_NAME))) {
      return claim(dataDir, request, watch);
    } catch (IOException e) {
      err.println("vorzimmer: cannot watch the data folder " + dataDir + ": " + e.getMessage());
      return new Done(1);
    }
  }

  private Outcome claim(Path dataDir, Optional<DoorRequest> request, FolderWatch watch) {
    long deadline = System.nanoTime() + WAIT_FOR_DOOR.toNanos();
    while (true) {
      try {
        return new Won(DataFolderLock.acquire(dataDir));
      } catch (DataFolderLock.HeldElsewhereException held) {
        if (request.isEmpty()) {
          err.println("vorzimmer: " + held.getMessage());
          return new Done(1);
        }
        Optional<Outcome> handed = handOver(dataDir, request.get(), held);
        if (handed.isPresent()) {
          return handed.get();
        }
        if (System.nanoTime() > deadline) {
          err.println(
              "vorzimmer: "
                  + held.getMessage()
                  + "; it does not answer on "
                  + dataDir.resolve(Door.FILE_NAME));
          return new Done(1);
        }
      } catch (IOException e) {
        err.println("vorzimmer: cannot lock the data folder " + dataDir + ": " + e.getMessage());
        return new Done(1);
      }
      // the holder is starting (its door opens soon) or stopping (its lock goes)
      if (watch.awaitChange(RETRY_AT_MOST) == FolderWatch.Wake.INTERRUPTED) {
        return new Done(1);
      }
    }
  }

  /** The holder's answer, or empty while its door is not open yet. */
  private Optional<Outcome> handOver(
      Path dataDir, DoorRequest request, DataFolderLock.HeldElsewhereException held) {
    String pid = held.pid().isPresent() ? Long.toString(held.pid().getAsLong()) : "(unknown)";
    try {
      Optional<DoorRequest.Reply> reply = DoorBell.ring(dataDir, request, REPLY_TIMEOUT);
      if (reply.isEmpty()) {
        return Optional.empty();
      }
      if (reply.get().ok()) {
        out.println(
            "vorzimmer: handed to the phone running as pid " + pid + ": " + reply.get().text());
        return Optional.of(new Done(0));
      }
      err.println(
          request.dial().isPresent()
              ? "vorzimmer: the phone running as pid " + pid + ": " + reply.get().text()
              : "vorzimmer: " + held.getMessage() + " — " + reply.get().text());
      return Optional.of(new Done(1));
    } catch (IOException e) {
      err.println("vorzimmer: " + held.getMessage() + " — " + e.getMessage());
      return Optional.of(new Done(1));
    }
  }
}
