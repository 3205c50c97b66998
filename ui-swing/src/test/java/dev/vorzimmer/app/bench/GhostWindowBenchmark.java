package dev.vorzimmer.app.bench;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.ui.DesktopUi;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.event.WindowEvent;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * Benchmark (not a test): the ghost flood of {@link GhostFloodBenchmark}, but against a phone
 * running in this JVM <b>with its window open</b> (needs an X display; {@code scripts/bench-ghosts
 * --window} starts its own Xvfb). Measures the window's responsiveness: every {@value #TICK_MS} ms
 * a task is posted with {@code invokeLater} and its delay until the EDT runs it is recorded —
 * p50/p99/max while idle, during the flood and after it. Counts the Calls tab's table rows as the
 * window shows them (maximum seen, and at the end) and how often the table model was reloaded; and
 * whether the contact's call made the incoming-call panel appear, and how long after its INVITE.
 * Options: {@code --calls 10000 --rate 500 --idle-seconds 10 --out FILE}.
 */
public final class GhostWindowBenchmark {
  private static final int TICK_MS = 25;

  private final EdtLatency latency = new EdtLatency();
  private final AtomicInteger maxRows = new AtomicInteger();
  private final AtomicInteger reloads = new AtomicInteger();
  private final List<Long> reloadTimes = java.util.Collections.synchronizedList(new ArrayList<>());
  private final List<long[]> slowTicks = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong incomingAt = new AtomicLong();
  private final AtomicReference<JTable> table = new AtomicReference<>();
  private final AtomicLong tickerStart = new AtomicLong();
  private final AtomicLong tickNumber = new AtomicLong();

  private GhostWindowBenchmark() {}

  public static void main(String[] args) throws Exception {
    int calls = 10_000;
    int rate = 500;
    int idle = 10;
    Path out = Path.of("/tmp/ghost-window-bench-results-raw.md");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--calls" -> calls = Integer.parseInt(args[i + 1]);
        case "--rate" -> rate = Integer.parseInt(args[i + 1]);
        case "--idle-seconds" -> idle = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException(
          "needs an X display: run scripts/bench-ghosts --window (it starts Xvfb)");
    }
    Path work = Files.createTempDirectory("vz-ghost-window-bench");
    System.out.println("work directory " + work);
    String row;
    try (KamailioProcess kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"))) {
      row = new GhostWindowBenchmark().run(work, kamailio, calls, rate, idle);
    }
    Files.writeString(out, row + "\n");
    System.out.println(row);
    System.exit(0); // AWT threads would keep the JVM alive
  }

  private String run(Path work, KamailioProcess kamailio, int calls, int rate, int idle)
      throws Exception {
    AppHome home = AppHome.at(Files.createDirectories(work.resolve("home")));
    int port = FreePorts.udpAndTcp();
    Files.writeString(
        home.configFile(),
        """
        [account]
        user = "alice"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "wonderland"
        expires = 300
        [sip]
        listen = "127.0.0.1:%d"
        """
            .formatted(kamailio.domain(), kamailio.sipPort(), port));
    Files.setPosixFilePermissions(home.configFile(), PosixFilePermissions.fromString("rw-------"));
    ForwardingMessageListener messages = new ForwardingMessageListener();
    Phone phone =
        Phone.assemble(
            home, new ConfigLoader().load(home.configFile()), Clock.systemDefaultZone(), messages);
    phone
        .screening()
        .store()
        .contactBook()
        .add(new Contact(0, "Erika Mustermann", List.of("+49301234567"), Optional.empty(), false));
    CountDownLatch registered = new CountDownLatch(1);
    phone
        .agent()
        .addListener(
            new SipAgentListener() {
              @Override
              public void onRegistration(RegistrationEvent event) {
                if (event.state() == RegistrationState.REGISTERED) {
                  registered.countDown();
                }
              }
            });
    watchIncomingPanel();
    DesktopUi ui = DesktopUi.open(phone, home, messages, () -> {});
    ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    try {
      phone.agent().start();
      if (!registered.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not registered within 60 s");
      }
      SwingUtilities.invokeAndWait(this::attachToTable);
      tickerStart.set(System.nanoTime());
      ticks.scheduleAtFixedRate(this::tick, 0, TICK_MS, TimeUnit.MILLISECONDS);
      return measure(work, kamailio, port, calls, rate, idle);
    } finally {
      ticks.shutdownNow();
      ui.close();
      phone.shutdown(Duration.ofSeconds(3));
    }
  }

  private String measure(
      Path work, KamailioProcess kamailio, int port, int calls, int rate, int idle)
      throws Exception {
    TimeUnit.SECONDS.sleep(idle); // a benchmark main: the idle baseline
    int rowsBefore = rowsNow();
    int reloadsBefore = reloads.get();
    maxRows.set(rowsBefore);
    latency.phase("flood");
    long floodStart = System.nanoTime();
    double loadAtStart = loadAverage();
    long gcBefore = gcMillis();
    int seconds = Math.max(1, calls / rate);
    CompletableFuture<LoadResult> flood =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new SippLoad(work.resolve("flood"), "ghosts")
                    .run("127.0.0.1:" + port, "alice", rate, seconds, 0, 403);
              } catch (Exception e) {
                throw new IllegalStateException("SIPp flood failed", e);
              }
            });
    TimeUnit.MILLISECONDS.sleep(seconds * 500L); // the contact calls halfway through
    long invite = System.nanoTime();
    SippResult contact =
        new SippCaller(work.resolve("contact"))
            .calling("alice")
            .from("+49301234567", "Erika")
            .expectRingThenCancelAfter(2000)
            .timeoutSeconds(30)
            .callTo("127.0.0.1", kamailio.trunkPort());
    LoadResult ghosts = flood.get(seconds + 90L, TimeUnit.SECONDS);
    double loadAtEnd = loadAverage();
    System.out.println("GC pauses during the flood: " + (gcMillis() - gcBefore) + " ms in all");
    int floodReloads = reloads.get() - reloadsBefore;
    latency.phase("after");
    TimeUnit.MILLISECONDS.sleep(3000); // GhostLog's last flush and the window's last reload
    int rowsAfter = rowsNow();
    long ringMs =
        incomingAt.get() == 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(incomingAt.get() - invite);
    System.out.println("table rows at the end: " + tableRows());
    System.out.println(
        "incoming-call panel at "
            + ms(incomingAt.get() - floodStart)
            + " ms, contact's INVITE at "
            + ms(invite - floodStart)
            + " ms (from the flood's start)");
    System.out.println(
        "table reloads at (ms from the flood's start): " + offsets(reloadTimes, floodStart));
    synchronized (slowTicks) {
      for (long[] t : slowTicks) {
        System.out.println(
            "EDT delay "
                + ms(t[1])
                + " ms for the task posted at "
                + ms(t[0] - floodStart)
                + " ms; the posting thread itself was "
                + ms(t[2])
                + " ms late");
      }
    }
    return String.format(
        Locale.ROOT,
        "| %d | %d/s (%.0f/s achieved) | %d | %s | %s | %s | %d → %d (max %d seen) "
            + "| %d | %s | %.1f–%.1f |",
        calls,
        rate,
        ghosts.achievedRate(),
        ghosts.failed(),
        latency.summary("idle"),
        latency.summary("flood"),
        latency.summary("after"),
        rowsBefore,
        rowsAfter,
        maxRows.get(),
        floodReloads,
        contact.allCallsSucceeded() && ringMs >= 0
            ? "panel ✓ " + ringMs + " ms after INVITE"
            : "✗ " + contact,
        loadAtStart,
        loadAtEnd);
  }

  /**
   * Posts one task and records how long the EDT took to run it; also samples the Calls table's row
   * count.
   */
  private void tick() {
    long posted = System.nanoTime();
    long late =
        posted
            - tickerStart.get()
            - tickNumber.getAndIncrement() * TimeUnit.MILLISECONDS.toNanos(TICK_MS);
    SwingUtilities.invokeLater(
        () -> {
          long delay = System.nanoTime() - posted;
          latency.record(delay);
          if (delay > TimeUnit.MILLISECONDS.toNanos(30)) {
            slowTicks.add(
                new long[] {
                  posted, delay, late
                }); // late: this thread starved too (CPU, GC), not the EDT
          }
          maxRows.accumulateAndGet(table.get().getRowCount(), Math::max);
        });
  }

  private void attachToTable() {
    for (Frame f : Frame.getFrames()) {
      find(f, "calls.table").ifPresent(c -> table.set((JTable) c));
    }
    if (table.get() == null) {
      throw new IllegalStateException("the window shows no calls.table");
    }
    table
        .get()
        .getModel()
        .addTableModelListener(
            e -> {
              reloads.incrementAndGet();
              reloadTimes.add(System.nanoTime());
            });
  }

  private void watchIncomingPanel() {
    Toolkit.getDefaultToolkit()
        .addAWTEventListener(
            e -> {
              if (e.getID() == WindowEvent.WINDOW_OPENED
                  && "incoming".equals(((WindowEvent) e).getWindow().getName())) {
                incomingAt.compareAndSet(0, System.nanoTime());
              }
            },
            AWTEvent.WINDOW_EVENT_MASK);
  }

  private int rowsNow() throws Exception {
    AtomicInteger rows = new AtomicInteger();
    SwingUtilities.invokeAndWait(() -> rows.set(table.get().getRowCount()));
    return rows.get();
  }

  /** The Calls table's rows as shown: caller and reason columns. */
  private List<String> tableRows() throws Exception {
    List<String> rows = new ArrayList<>();
    SwingUtilities.invokeAndWait(
        () -> {
          JTable t = table.get();
          for (int r = 0; r < t.getRowCount(); r++) {
            rows.add(t.getValueAt(r, 2) + " / " + t.getValueAt(r, 4) + " / " + t.getValueAt(r, 5));
          }
        });
    return rows;
  }

  private static Optional<Component> find(Component root, String name) {
    if (name.equals(root.getName())) {
      return Optional.of(root);
    }
    if (root instanceof Container c) {
      for (Component child : c.getComponents()) {
        Optional<Component> hit = find(child, name);
        if (hit.isPresent()) {
          return hit;
        }
      }
    }
    return Optional.empty();
  }

  private static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  private static String offsets(List<Long> times, long from) {
    synchronized (times) {
      return times.stream()
          .filter(t -> t >= from)
          .map(t -> Long.toString(ms(t - from)))
          .collect(java.util.stream.Collectors.joining(" "));
    }
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .filter(b -> !b.getName().contains("Concurrent"))
        .mapToLong(b -> Math.max(0, b.getCollectionTime()))
        .sum(); // pauses only
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** EDT delays per phase ("idle" first), in nanoseconds. */
  private static final class EdtLatency {
    private final Map<String, List<Long>> phases = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<Long> current = new ArrayList<>();

    EdtLatency() {
      phases.put("idle", current);
    }

    void phase(String name) {
      List<Long> next = new ArrayList<>();
      phases.put(name, next);
      current = next;
    }

    /** EDT only. */
    void record(long nanos) {
      current.add(nanos);
    }

    /** "p50 / p99 / max ms (n samples)"; call when the phase's samples are complete. */
    String summary(String phase) throws Exception {
      List<Long> sorted = new ArrayList<>();
      SwingUtilities.invokeAndWait(() -> sorted.addAll(phases.getOrDefault(phase, List.of())));
      if (sorted.isEmpty()) {
        return "–";
      }
      sorted.sort(null);
      return String.format(
          Locale.ROOT,
          "%.1f / %.1f / %.1f ms (%d)",
          ms(sorted, 0.50),
          ms(sorted, 0.99),
          sorted.get(sorted.size() - 1) / 1e6,
          sorted.size());
    }

    private static double ms(List<Long> sorted, double q) {
      return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }
  }
}
