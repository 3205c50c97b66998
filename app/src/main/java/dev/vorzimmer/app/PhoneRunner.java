package dev.vorzimmer.app;

import dev.vorzimmer.app.cli.RunCommand;
import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.door.Door;
import dev.vorzimmer.app.door.DoorRequest;
import dev.vorzimmer.app.headless.ConsolePrinter;
import dev.vorzimmer.app.headless.RegistrationPrinter;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.media.Greeting;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the phone until it is told to stop: loads the configuration, wires the parts through their
 * constructors, starts the SIP agent, and on SIGTERM/SIGINT (or Quit in the window) unregisters and
 * returns 0.
 */
final class PhoneRunner implements RunCommand.Runner {
  private static final Duration UNREGISTER_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(5);
  private final PrintStream out;
  private final PrintStream err;

  PhoneRunner(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public int run(AppHome home, boolean headless, boolean verbose, Optional<DoorRequest> dial) {
    AppConfig config;
    try {
      config = new ConfigLoader().load(home.configFile());
      PrivateFiles.secure(home);
    } catch (ConfigException e) {
      err.println("vorzimmer: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println(
          "vorzimmer: cannot create the data folder " + home.dataDir() + ": " + e.getMessage());
      return 2;
    }
    // A second phone (with a window) brings the first one's window to the front; a dial request is
    // handed to the phone that runs. Only a second headless phone has nothing to hand over.
    Optional<DoorRequest> request =
        dial.or(() -> headless ? Optional.empty() : Optional.of(DoorRequest.show()));
    FolderClaim.Outcome claim = new FolderClaim(out, err).claim(home.dataDir(), request);
    if (claim instanceof FolderClaim.Done done) {
      return done.exitCode();
    }
    DataFolderLock lock = ((FolderClaim.Won) claim).lock();
    try {
      return runHolding(lock, home, config, headless, verbose, dial);
    } finally {
      release(lock);
    }
  }

  private void release(DataFolderLock lock) {
    try {
      lock.close();
    } catch (IOException e) {
      // the OS drops the lock when the process ends anyway
      err.println(
          "vorzimmer: could not release " + DataFolderLock.FILE_NAME + ": " + e.getMessage());
    }
  }

  private int runHolding(
      DataFolderLock lock,
      AppHome home,
      AppConfig config,
      boolean headless,
      boolean verbose,
      Optional<DoorRequest> dial) {
    Logging.configure(home.dataDir(), verbose);
    Logger log = LoggerFactory.getLogger(PhoneRunner.class);
    config.warnings().forEach(w -> err.println("warning: " + w));
    log.info("starting with config {} and data {}", home.configFile(), home.dataDir());

    Optional<DesktopFrontend> frontend = headless ? Optional.empty() : DesktopFrontend.find();
    boolean desktop = frontend.isPresent();
    ForwardingMessageListener messages = new ForwardingMessageListener();
    Phone phone;
    try {
      phone =
          Phone.assemble(
              home,
              config,
              Clock.systemDefaultZone(),
              messages,
              Greeting.of(new short[0]),
              desktop
                  ? SoundDevices.openInBackground(home.dataDir())
                  : SoundDevices.none("headless: no microphone or speaker"));
    } catch (RuntimeException e) {
      err.println("vorzimmer: cannot open the data in " + home.dataDir() + ": " + e.getMessage());
      log.error("start failed", e);
      return 1;
    }
    ConsolePrinter console = new ConsolePrinter(out, phone.summaries());
    if (!desktop) {
      messages.attach(console);
    }
    CompletableFuture<Integer> warmUp = phone.policy().warmUp();
    phone.recoverInterruptedMessages(lock, home, messages);
    phone.startMaintenance(lock, home, config, Clock.systemDefaultZone());
    CountDownLatch stop = new CountDownLatch(1);
    if (desktop) {
      frontend.get().open(phone, home, messages, stop::countDown);
    } else {
      for (PhoneLine line : phone.lines().all()) {
        String prefix = phone.lines().several() ? "[" + line.name() + "] " : "";
        line.agent().addListener(new RegistrationPrinter(out, prefix));
      }
      phone.lines().addListener(console);
    }
    Signals.onTermOrInt(stop::countDown);
    awaitWarmUp(warmUp, log);
    if (!startAgent(phone, config)) {
      return 1;
    }
    PhoneDoor handler = new PhoneDoor(phone, frontend, out);
    Optional<Door> door = openDoor(home, handler, log);
    dial.map(handler::handle)
        .filter(reply -> !reply.ok())
        .ifPresent(reply -> err.println("vorzimmer: " + reply.text()));
    awaitStop(stop);
    door.ifPresent(d -> closeDoor(d, log));
    phone.shutdown(UNREGISTER_TIMEOUT);
    log.info("stopped");
    return 0;
  }

  /**
   * Waits (at most {@link #WARM_UP_TIMEOUT}) for the decision path's warm-up, so calls arrive at a
   * warm path; a warm-up that fails or takes longer only costs the first calls time.
   */
  private static void awaitWarmUp(CompletableFuture<Integer> warmUp, Logger log) {
    long start = System.nanoTime();
    try {
      int decisions = warmUp.get(WARM_UP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      log.info(
          "decision path warmed up: {} synthetic decisions, waited {} ms",
          decisions,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    } catch (TimeoutException e) {
      log.warn("decision warm-up still running after {}; registering anyway", WARM_UP_TIMEOUT);
    } catch (ExecutionException e) {
      log.warn("decision warm-up failed; the first calls will be slower", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts SIP on every line; false (the phone closed, the reasons printed) when no line could bind
   * its address. With several lines, one whose port is taken is reported and the others run.
   */
  private boolean startAgent(Phone phone, AppConfig config) {
    int started =
        phone
            .lines()
            .start(
                (line, e) ->
                    err.println(
                        "vorzimmer: "
                            + (phone.lines().several() ? "line " + line.name() + ": " : "")
                            + "cannot listen on "
                            + config.listenHost()
                            + ":"
                            + line.settings()
                                .map(dev.vorzimmer.app.config.LineSettings::listenPort)
                                .orElse(config.listenPort())
                            + ": "
                            + e.getMessage()
                            + ". Fix: set another port with "
                            + (phone.lines().several()
                                ? "listen_port in its [[account]]"
                                : "[sip] listen")
                            + " in "
                            + config.file()));
    if (started == 0) {
      phone.close();
      return false;
    }
    return true;
  }

  /** The door later starts hand their requests through; the phone runs on without one. */
  private Optional<Door> openDoor(AppHome home, Door.Handler handler, Logger log) {
    try {
      return Optional.of(Door.open(home.dataDir(), handler));
    } catch (IOException e) {
      err.println(
          "warning: "
              + e.getMessage()
              + "; 'vorzimmer dial' and tel: links cannot reach this phone");
      log.warn("no door", e);
      return Optional.empty();
    }
  }

  private static void closeDoor(Door door, Logger log) {
    try {
      door.close();
    } catch (IOException e) {
      log.warn("could not remove {}: {}", door.file(), e.getMessage());
    }
  }

  private static void awaitStop(CountDownLatch stop) {
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
