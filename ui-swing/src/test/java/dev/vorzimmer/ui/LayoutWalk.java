package dev.vorzimmer.ui;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.ListKind;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;

/**
 * Walks every tab and every dialog ({@link DialogTour}) of a real window (local line, temp data
 * folder) in English and German, light and dark, at 960×600 and 1366×850, checks each with {@link
 * LayoutCheck} and saves a screenshot per view under {@code target/screenshots/layout}. The scale
 * is the JVM's ({@code -Dsun.java2d.uiScale}); {@link #main} runs it in a child JVM for 2×.
 */
final class LayoutWalk {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final List<Dimension> SIZES = List.of(new Dimension(960, 600), new Dimension(1366, 850));
  private final String scale;
  private final List<String> problems = new ArrayList<>();

  LayoutWalk(String scale) {
    this.scale = scale;
  }

  /** Runs the walk; prints each problem and exits 1 if there were any. */
  public static void main(String[] args) throws Exception {
    List<String> found = new LayoutWalk(args[0]).run();
    found.forEach(System.out::println);
    System.out.flush();
    System.exit(found.isEmpty() ? 0 : 1);
  }

  /** All problems found in all combinations. */
  List<String> run() throws Exception {
    for (Locale lang : List.of(Locale.ENGLISH, Locale.GERMAN)) {
      try (LocalPhoneWindow w = LocalPhoneWindow.assemble("vz-layout", "")) {
        seed(w);
        w.open(lang);
        w.phone.agent().start();
        w.robot.await(
            "contacts loaded",
            WAIT,
            () -> !w.phone.screening().store().contactBook().list().isEmpty(),
            () -> "none");
        for (boolean dark : List.of(false, true)) {
          SwingRobot.runOnEdt(() -> Theme.apply(dark));
          for (Dimension size : SIZES) {
            String combo =
                lang + "-" + (dark ? "dark" : "light") + "-" + size.width + "x" + size.height;
            walk(w, size, combo);
            if (!dark) {
              dialogs(w, combo);
            }
          }
        }
      }
    }
    return problems;
  }

  private static void seed(LocalPhoneWindow w) {
    DialogTour.seed(w.phone.screening().store());
    var book = w.phone.screening().store().contactBook();
    book.add(
        new Contact(
            0, "Praxis Dr. Schulz-Hohenstein", List.of("+4989123456"), Optional.empty(), true));
    book.add(new Contact(0, "Erika Mustermann", List.of("+49301234567"), Optional.empty(), false));
    w.phone
        .screening()
        .store()
        .listStore()
        .add("+4917155501*", ListKind.BLOCK, "Werbeanrufe einer Lotterie", "ui", Optional.empty());
  }

  private void walk(LocalPhoneWindow w, Dimension size, String combo) throws Exception {
    SwingRobot.runOnEdt(
        () -> {
          w.frame.setSize(size);
          w.frame.validate();
        });
    int tabs = SwingRobot.onEdt(() -> tabs(w).getTabCount());
    for (int i = 0; i < tabs; i++) {
      w.showTab(i);
      String view = combo + "-tab" + i;
      check(w.frame, view);
      for (String inner : List.of("rules.sections", "settings.pages")) {
        pages(w, inner, view);
      }
    }
  }

  /** The other pages of a tabbed pane inside the tab, if it shows one. */
  private void pages(LocalPhoneWindow w, String name, String view) throws Exception {
    Optional<JTabbedPane> pane =
        SwingRobot.onEdt(() -> SwingRobot.find(w.frame, name, JTabbedPane.class));
    if (pane.isEmpty()) {
      return;
    }
    int count = SwingRobot.onEdt(pane.get()::getTabCount);
    for (int j = 1; j < count; j++) {
      int page = j;
      SwingRobot.runOnEdt(() -> pane.get().setSelectedIndex(page));
      check(w.frame, view + "-" + name + page);
    }
    SwingRobot.runOnEdt(() -> pane.get().setSelectedIndex(0));
  }

  private static JTabbedPane tabs(LocalPhoneWindow w) {
    return SwingRobot.find(w.frame, "tabs", JTabbedPane.class).orElseThrow();
  }

  /** Every dialog and side panel of {@link DialogTour}, in the light theme (both sizes). */
  private void dialogs(LocalPhoneWindow w, String combo) throws Exception {
    DialogTour.walk(w, (window, view) -> check(window, combo + "-" + view));
  }

  private void check(Window window, String view) throws Exception {
    String where = scale + "-" + view;
    SwingRobot.runOnEdt(window::validate);
    SwingRobot.runOnEdt(window::validate); // rows that wrap ask for a second pass
    problems.addAll(SwingRobot.onEdt(() -> LayoutCheck.of(window, where)));
    save(window, where);
  }

  /** Paints the window into a PNG at the screen's scale (no screen capture: 2× can be larger). */
  private static void save(Window window, String name) throws Exception {
    BufferedImage image =
        SwingRobot.onEdt(
            () -> {
              GraphicsConfiguration gc = window.getGraphicsConfiguration();
              double s = gc.getDefaultTransform().getScaleX();
              BufferedImage img =
                  new BufferedImage(
                      (int) Math.ceil(window.getWidth() * s),
                      (int) Math.ceil(window.getHeight() * s),
                      BufferedImage.TYPE_INT_RGB);
              Graphics2D g = img.createGraphics();
              g.scale(s, s);
              window.paintAll(g);
              g.dispose();
              return img;
            });
    Path dir = Files.createDirectories(SwingRobot.SCREENSHOTS.resolve("layout"));
    ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
  }
}
