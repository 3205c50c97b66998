package dev.vorzimmer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the JIT compiler's threads a lower CPU priority than the phone's own ({@code nice} {@value
 * #NICE}). In the first seconds after a start the C2 compiler works for many seconds on one of the
 * cores the calls need; at nice 10 it takes what the calls leave, and the first calls are answered
 * without its delays (docs/BENCHMARKS.md, "The first seconds"). The JVM's own way ({@code
 * -XX:ThreadPriorityPolicy=1}) prints a warning at every start for a normal user, so this asks
 * {@code renice} for the compiler threads it finds in {@code /proc/self/task}. Linux only;
 * elsewhere, or without {@code renice}, nothing changes.
 */
final class CompilerThreads {
  /** The compiler threads' nice value; a process may lower its own threads' priority. */
  static final int NICE = 10;

  private static final Logger log = LoggerFactory.getLogger(CompilerThreads.class);

  private CompilerThreads() {}

  /** Renices the compiler threads running now; returns how many. Blocks up to 2 s. */
  static int lowerPriority() {
    return lowerPriority(Path.of("/proc/self/task"));
  }

  static int lowerPriority(Path tasks) {
    List<String> ids = compilerThreadIds(tasks);
    if (ids.isEmpty()) {
      return 0;
    }
    List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(NICE), "-p"));
    command.addAll(ids);
    try {
      Process renice =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!renice.waitFor(2, TimeUnit.SECONDS) || renice.exitValue() != 0) {
        renice.destroy();
        log.debug("renice of the compiler threads {} did not succeed", ids);
        return 0;
      }
      log.debug("compiler threads {} at nice {}", ids, NICE);
      return ids.size();
    } catch (IOException e) {
      log.debug("no renice: the compiler threads keep their priority ({})", e.getMessage());
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** The thread ids under {@code tasks} whose name is a C1 or C2 compiler thread's. */
  static List<String> compilerThreadIds(Path tasks) {
    if (!Files.isDirectory(tasks)) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    try (Stream<Path> threads = Files.list(tasks)) {
      for (Path thread : (Iterable<Path>) threads::iterator) {
        if (isCompiler(thread)) {
          ids.add(thread.getFileName().toString());
        }
      }
    } catch (IOException e) {
      log.debug("cannot list {}: {}", tasks, e.getMessage());
    }
    return ids;
  }

  private static boolean isCompiler(Path thread) {
    try {
      String name = Files.readString(thread.resolve("comm")).strip();
      return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
    } catch (IOException e) {
      return false; // the thread ended meanwhile
    }
  }
}
