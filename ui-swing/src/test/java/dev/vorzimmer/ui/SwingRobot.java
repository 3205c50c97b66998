package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.fail;

import dev.vorzimmer.ui.common.UiProbe;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/**
 * Plain Swing test robot: finds components by name, reads and acts on the EDT, waits for a
 * condition by re-checking it whenever the window reports a view update (bounded by a timeout), and
 * saves screenshots under {@code target/screenshots}.
 */
public final class SwingRobot {
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private final Semaphore changes = new Semaphore(0);

  SwingRobot(UiProbe probe) {
    probe.addListener(changes::release);
  }

  /** Fails the test with the fix when there is no X display. */
  static void requireDisplay() {
    String display = System.getenv("DISPLAY");
    if (display == null || display.isBlank() || GraphicsEnvironment.isHeadless()) {
      fail("needs an X display: run ./scripts/test (it starts Xvfb)");
    }
  }

  static <T> T onEdt(Callable<T> read) throws Exception {
    if (SwingUtilities.isEventDispatchThread()) {
      return read.call();
    }
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            result.set(read.call());
          } catch (Exception e) {
            failure.set(e);
          }
        });
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  static void runOnEdt(Runnable action) throws Exception {
    SwingUtilities.invokeAndWait(action);
  }

  /** The component named {@code name} inside {@code root} or its owned windows; EDT only. */
  static <T extends Component> Optional<T> find(Component root, String name, Class<T> type) {
    if (name.equals(root.getName()) && type.isInstance(root) && root.isShowing()) {
      return Optional.of(type.cast(root));
    }
    if (root instanceof Container c) {
      for (Component child : c.getComponents()) {
        Optional<T> hit = find(child, name, type);
        if (hit.isPresent()) {
          return hit;
        }
      }
    }
    if (root instanceof Window w) {
      for (Window owned : w.getOwnedWindows()) {
        Optional<T> hit = find(owned, name, type);
        if (hit.isPresent()) {
          return hit;
        }
      }
    }
    return Optional.empty();
  }

  static <T extends Component> T get(Component root, String name, Class<T> type) throws Exception {
    return onEdt(() -> find(root, name, type))
        .orElseThrow(() -> new AssertionError("no showing " + name));
  }

  /**
   * Waits until {@code condition} (evaluated on the EDT) holds, re-checking after every view
   * update; fails with {@code state} after {@code timeout}.
   */
  void await(String what, Duration timeout, Callable<Boolean> condition, Callable<String> state)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Boolean.TRUE.equals(onEdt(condition))) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        fail(
            "timed out after "
                + timeout.toSeconds()
                + " s waiting for "
                + what
                + "; now: "
                + state.call());
      }
      changes.tryAcquire(left, TimeUnit.NANOSECONDS);
    }
  }

  /** Saves a PNG of {@code window}'s bounds as {@code target/screenshots/NAME.png}. */
  static Path screenshot(Window window, String name) throws Exception {
    Rectangle bounds = onEdt(window::getBounds);
    Robot robot = new Robot();
    robot.waitForIdle(); // pending paints first
    BufferedImage image = robot.createScreenCapture(bounds);
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new IOException("could not save screenshot " + file, e);
    }
    return file;
  }
}
