package dev.vorzimmer.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects a child process's output: appends every line to a log file and keeps it in memory so
 * tests can count lines or wait (on a condition, not by polling) for one to appear. Survives
 * restarts of the process: lines of all runs accumulate.
 */
final class ProcessLog {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessLog.class);

  private final Path file;
  private final List<String> lines = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private int generation;
  private boolean ended = true;

  ProcessLog(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /**
   * Starts a daemon thread copying {@code output} until it ends; a new generation of the log
   * begins.
   */
  void follow(InputStream output, String threadName) {
    int myGeneration;
    lock.lock();
    try {
      myGeneration = ++generation;
      ended = false;
    } finally {
      lock.unlock();
    }
    Thread reader = new Thread(() -> copy(output, myGeneration), threadName);
    reader.setDaemon(true);
    reader.start();
  }

  int count(Pattern pattern) {
    lock.lock();
    try {
      return (int) lines.stream().filter(line -> pattern.matcher(line).find()).count();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until at least {@code count} lines match, or the output ended, or the timeout passed.
   *
   * @return whether the count was reached
   */
  boolean awaitCount(Pattern pattern, int count, Duration timeout) throws InterruptedException {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      while (count(pattern) < count) {
        if (ended || remaining <= 0) {
          return false;
        }
        remaining = changed.awaitNanos(remaining);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** All lines (of all runs so far) that match, in order. */
  List<String> lines(Pattern pattern) {
    lock.lock();
    try {
      return lines.stream().filter(line -> pattern.matcher(line).find()).toList();
    } finally {
      lock.unlock();
    }
  }

  /** The last {@code n} lines, joined by newlines. */
  String tail(int n) {
    lock.lock();
    try {
      return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    } finally {
      lock.unlock();
    }
  }

  private void copy(InputStream output, int myGeneration) {
    try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
        Writer writer =
            Files.newBufferedWriter(
                file,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
      String line;
      while ((line = reader.readLine()) != null) {
        writer.write(line);
        writer.write('\n');
        writer.flush();
        add(line);
      }
    } catch (IOException e) {
      // expected when the process is killed: the JDK closes its output stream
      LOG.debug("output of the process ended for {}: {}", file, e.toString());
    } finally {
      markEnded(myGeneration);
    }
  }

  private void add(String line) {
    lock.lock();
    try {
      lines.add(line);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void markEnded(int myGeneration) {
    lock.lock();
    try {
      if (myGeneration == generation) {
        ended = true;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until the current generation's output has ended (the process closed its output). */
  boolean awaitEnd(Duration timeout) throws InterruptedException {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      while (!ended) {
        if (remaining <= 0) {
          return false;
        }
        remaining = changed.awaitNanos(remaining);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  static void requireWritable(Path dir) {
    if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new UncheckedIOException(
          new IOException("work directory is not a writable directory: " + dir));
    }
  }
}
