package dev.vorzimmer.media.internal.jitsi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM-wide settings libjitsi reads before it starts (system properties, as libjitsi looks them
 * up): where its configuration and caches go, which device systems stay off, no video.
 */
final class JitsiEnvironment {

  private static final Logger LOG = LoggerFactory.getLogger(JitsiEnvironment.class);

  /** libjitsi's ConfigurationService: its folder is {@code LOCATION/NAME}. */
  static final String HOME_LOCATION = "net.java.sip.communicator.SC_HOME_DIR_LOCATION";

  static final String HOME_NAME = "net.java.sip.communicator.SC_HOME_DIR_NAME";

  /** Caches (FMJ's registry goes to {@code CACHE_LOCATION/HOME_NAME/.fmj.registry}). */
  static final String CACHE_LOCATION = "net.java.sip.communicator.SC_CACHE_DIR_LOCATION";

  static final String LOG_LOCATION = "net.java.sip.communicator.SC_LOG_DIR_LOCATION";

  /** Where JNA unpacks libjitsi's native libraries (default: {@code ~/.cache/JNA}). */
  static final String JNA_TMPDIR = "jna.tmpdir";

  static final String DISABLE_VIDEO =
      "net.java.sip.communicator.service.media.DISABLE_VIDEO_SUPPORT";
  static final String PULSEAUDIO_SYSTEM = "org.jitsi.impl.neomedia.device.PulseAudioSystem";
  static final String PORTAUDIO_SYSTEM = "org.jitsi.impl.neomedia.device.PortAudioSystem";

  /** DeviceSystem skips a system when {@code Boolean.getBoolean(className + ".disabled")}. */
  static final String DISABLED = ".disabled";

  static final String HOME_DIR_NAME = "libjitsi";

  /** Kept so the level set on it is not lost when java.util.logging drops unreferenced loggers. */
  private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("org.jitsi");

  /** FMJ logs under "fmj" (its LoggerSingleton). */
  private final java.util.logging.Logger fmjRoot = java.util.logging.Logger.getLogger("fmj");

  /**
   * Sets libjitsi's folders under {@code dataDir} and creates them.
   *
   * @throws IOException if the folders cannot be created
   */
  void useDataDir(Path dataDir) throws IOException {
    Path cache = dataDir.resolve("cache");
    Files.createDirectories(dataDir.resolve(HOME_DIR_NAME));
    Files.createDirectories(cache.resolve(HOME_DIR_NAME));
    Files.createDirectories(cache.resolve("jna"));
    System.setProperty(HOME_LOCATION, dataDir.toString());
    System.setProperty(HOME_NAME, HOME_DIR_NAME);
    System.setProperty(CACHE_LOCATION, cache.toString());
    System.setProperty(LOG_LOCATION, cache.toString());
    if (System.getProperty(JNA_TMPDIR) == null) {
      System.setProperty(JNA_TMPDIR, cache.resolve("jna").toString());
    }
    System.setProperty(DISABLE_VIDEO, "true");
  }

  /**
   * Switches off the device systems the probe found unsafe (a system disabled explicitly stays
   * off).
   */
  void apply(NativeAudioProbe.Verdict verdict) {
    disableUnless(PULSEAUDIO_SYSTEM, verdict.pulseAudio());
    disableUnless(PORTAUDIO_SYSTEM, verdict.portAudio());
    if (!verdict.reason().isEmpty()) {
      LOG.info("audio devices: {}", verdict.reason());
    }
  }

  private static void disableUnless(String systemClass, boolean allowed) {
    String key = systemClass + DISABLED;
    if (!allowed && !Boolean.getBoolean(key)) {
      System.setProperty(key, "true");
    }
  }

  /**
   * Caps libjitsi's and FMJ's java.util.logging at WARNING: at INFO they log every property and
   * device scan. Reaching SLF4J needs the application's jul-to-slf4j bridge.
   */
  void quietLogging() {
    julRoot.setLevel(Level.WARNING);
    fmjRoot.setLevel(Level.WARNING);
  }
}
