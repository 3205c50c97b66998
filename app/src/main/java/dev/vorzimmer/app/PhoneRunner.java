package dev.vorzimmer.app;

import dev.vorzimmer.app.cli.RunCommand;
import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.headless.ConsolePrinter;
import dev.vorzimmer.app.headless.RegistrationPrinter;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.sip.SipAgent;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the phone until it is told to stop: loads the configuration, wires the parts through their
 * constructors, starts the SIP agent, and on SIGTERM/SIGINT (or Quit in the window) unregisters and
 * returns 0.
 */
final class PhoneRunner implements RunCommand.Runner {
  private static final Duration UNREGISTER_TIMEOUT = Duration.ofSeconds(3);
  private final PrintStream out;
  private final PrintStream err;

  PhoneRunner(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public int run(AppHome home, boolean headless, boolean verbose) {
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
    DataFolderLock lock;
    try {
      lock = DataFolderLock.acquire(home.dataDir());
    } catch (DataFolderLock.HeldElsewhereException e) {
      err.println("vorzimmer: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println(
          "vorzimmer: cannot lock the data folder " + home.dataDir() + ": " + e.getMessage());
      return 1;
    }
    try {
      return runHolding(lock, home, config, headless, verbose);
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
      DataFolderLock lock, AppHome home, AppConfig config, boolean headless, boolean verbose) {
    Logging.configure(home.dataDir(), verbose);
    Logger log = LoggerFactory.getLogger(PhoneRunner.class);
    config.warnings().forEach(w -> err.println("warning: " + w));
    log.info("starting with config {} and data {}", home.configFile(), home.dataDir());

    Optional<DesktopFrontend> frontend = headless ? Optional.empty() : desktopFrontend();
    boolean desktop = frontend.isPresent();
    ConsolePrinter console = new ConsolePrinter(out);
    ForwardingMessageListener windowMessages = new ForwardingMessageListener();
    Phone phone;
    try {
      phone =
          Phone.assemble(
              home,
              config,
              Clock.systemDefaultZone(),
              desktop ? windowMessages : console,
              Greeting.of(new short[0]),
              desktop
                  ? SoundDevices.openInBackground(home.dataDir())
                  : SoundDevices.none("headless: no microphone or speaker"));
    } catch (RuntimeException e) {
      err.println("vorzimmer: cannot open the data in " + home.dataDir() + ": " + e.getMessage());
      log.error("start failed", e);
      return 1;
    }
    phone.recoverInterruptedMessages(lock, home, desktop ? windowMessages : console);
    phone.startMaintenance(lock, home, config, Clock.systemDefaultZone());
    SipAgent agent = phone.agent();
    CountDownLatch stop = new CountDownLatch(1);
    if (desktop) {
      frontend.get().open(phone, home, windowMessages, stop::countDown);
    } else {
      agent.addListener(new RegistrationPrinter(out));
      agent.addListener(console);
    }
    Signals.onTermOrInt(stop::countDown);
    try {
      agent.start();
    } catch (IOException e) {
      err.println(
          "vorzimmer: cannot listen on "
              + config.listenHost()
              + ":"
              + config.listenPort()
              + ": "
              + e.getMessage()
              + ". Fix: set another port with [sip] listen in "
              + config.file());
      phone.close();
      return 1;
    }
    awaitStop(stop);
    phone.shutdown(UNREGISTER_TIMEOUT);
    log.info("stopped");
    return 0;
  }

  /** The first window provider on the class path that can show a window here, if any. */
  private static Optional<DesktopFrontend> desktopFrontend() {
    return ServiceLoader.load(DesktopFrontend.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(DesktopFrontend::available)
        .findFirst();
  }

  private static void awaitStop(CountDownLatch stop) {
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
