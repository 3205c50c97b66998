package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A private PulseAudio sound server for tests (Debian {@code pulseaudio}, tested with 16.1): a null
 * sink {@value #SPEAKER} as the loudspeaker (what reaches it can be recorded from its monitor
 * {@value #SPEAKER}{@code .monitor}) and a source {@value #MICROPHONE} as the microphone, all 8 kHz
 * mono. The microphone is a tone generator ({@code module-sine}) playing into a second null sink
 * {@value #LINE}, whose monitor is remapped into an ordinary source: libjitsi lists no monitor
 * sources, and {@code module-sine-source} delivers in 2-second blocks, which no microphone does.
 * Nothing else is loaded ({@code -n}: no {@code default.pa}, no hardware, no D-Bus modules).
 *
 * <p>Everything it and its clients write lives under the directory given to {@link #start}: the
 * daemon runs with {@code HOME}, {@code XDG_RUNTIME_DIR}, {@code XDG_CONFIG_HOME}, {@code
 * PULSE_RUNTIME_PATH} and {@code PULSE_STATE_PATH} pointed there, its socket is {@code DIR/native},
 * and clients started with {@link #clientEnvironment()} (which also names {@code PULSE_COOKIE}
 * there, since libpulse creates a missing cookie) never touch the real {@code $HOME}.
 *
 * <p>As root (CI): PulseAudio only warns ("This program is not intended to be run as root (unless
 * --system is specified)") and runs as an ordinary per-user daemon; {@code --system} is not used,
 * since system mode ignores these folders for {@code /var/run/pulse}, needs the {@code pulse} user
 * and refuses the run-time module loading the tests use ({@link #loadModule}). Anonymous access on
 * the private socket spares the cookie between the daemon and its clients.
 *
 * <p>{@link #close()} stops the daemon (SIGTERM, then SIGKILL) and removes its folders (the log
 * {@code DIR/pulseaudio.log} stays).
 */
public final class PulseAudioProcess implements AutoCloseable {

  /** The null sink that stands for the loudspeaker. */
  public static final String SPEAKER = "vz_speaker";

  /** The source that stands for the microphone (it plays the tone given to {@link #start}). */
  public static final String MICROPHONE = "vz_tone";

  /** The null sink the tone is played into; the microphone is its monitor. */
  public static final String LINE = "vz_line";

  /** How sound programs list {@value #SPEAKER} (its description). */
  public static final String SPEAKER_NAME = "Speaker";

  /** How sound programs list {@value #LINE}. */
  public static final String LINE_NAME = "Line";

  /** How sound programs list {@value #MICROPHONE}. */
  public static final String MICROPHONE_NAME = "Microphone";

  private static final Pattern READY = Pattern.compile("Daemon startup complete");
  private static final Duration START = Duration.ofSeconds(10);
  private static final Duration COMMAND = Duration.ofSeconds(10);

  private final Path dir;
  private final ProcessTree tree = new ProcessTree();
  private final ProcessLog log;
  private final List<PulseRecording> recordings = new ArrayList<>();
  private long pid;

  private PulseAudioProcess(Path dir) {
    this.dir = dir;
    this.log = new ProcessLog(dir.resolve("pulseaudio.log"));
  }

  /**
   * Starts the daemon in {@code dir} with a microphone playing {@code toneHz}; returns once it
   * accepts clients (at most 10 s).
   *
   * @throws IOException if it cannot be started or did not become ready
   */
  public static PulseAudioProcess start(Path dir, int toneHz)
      throws IOException, InterruptedException {
    PulseAudioProcess p = new PulseAudioProcess(Files.createDirectories(dir));
    for (String sub : List.of("home", "run", "state", "config")) {
      Files.createDirectories(dir.resolve(sub));
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--use-pid-file=no",
                "--exit-idle-time=-1",
                "--log-target=stderr",
                "--log-level=info",
                "-L",
                "module-native-protocol-unix auth-anonymous=1 socket=" + p.socket(),
                "-L",
                nullSink(SPEAKER, SPEAKER_NAME),
                "-L",
                nullSink(LINE, LINE_NAME),
                "-L",
                "module-sine sink=" + LINE + " frequency=" + toneHz,
                "-L",
                "module-remap-source source_name="
                    + MICROPHONE
                    + " master="
                    + LINE
                    + ".monitor channels=1 source_properties=device.description="
                    + MICROPHONE_NAME)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(p.privateFolders());
    builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    Process process;
    try {
      process = p.tree.launch(builder);
    } catch (IOException e) {
      throw new IOException("cannot start pulseaudio (Debian package pulseaudio): " + e, e);
    }
    p.pid = process.pid();
    p.log.follow(process.getInputStream(), "pulseaudio-" + process.pid());
    if (!p.log.awaitCount(READY, 1, START)) {
      p.close();
      throw new IOException("pulseaudio did not start within " + START + ":\n" + p.log.tail(20));
    }
    return p;
  }

  private static String nullSink(String name, String description) {
    return "module-null-sink sink_name="
        + name
        + " rate=8000 channels=1 sink_properties=device.description="
        + description;
  }

  /**
   * Plugs in another speaker: a null sink {@code name} listed as {@code description} (one word);
   * its module index, for {@link #unloadModule}.
   */
  public int addSink(String name, String description) throws IOException, InterruptedException {
    String module = nullSink(name, description);
    return loadModule("module-null-sink", module.substring(module.indexOf(' ') + 1));
  }

  /**
   * Plugs in another microphone: a source {@code name} listed as {@code description} (one word)
   * that hears the tone as {@value #MICROPHONE} does; its module index, for {@link #unloadModule}.
   */
  public int addSource(String name, String description) throws IOException, InterruptedException {
    return loadModule(
        "module-remap-source",
        "source_name="
            + name
            + " master="
            + LINE
            + ".monitor channels=1 source_properties=device.description="
            + description);
  }

  private Map<String, String> privateFolders() {
    return Map.of(
        "HOME", dir.resolve("home").toString(),
        "XDG_RUNTIME_DIR", dir.resolve("run").toString(),
        "XDG_CONFIG_HOME", dir.resolve("config").toString(),
        "PULSE_RUNTIME_PATH", dir.resolve("run").toString(),
        "PULSE_STATE_PATH", dir.resolve("state").toString());
  }

  /** The daemon's process id. */
  public long pid() {
    return pid;
  }

  /** The daemon's socket. */
  public Path socket() {
    return dir.resolve("native");
  }

  /** {@code PULSE_SERVER}'s value for clients. */
  public String server() {
    return "unix:" + socket();
  }

  /**
   * The environment for a client of this server (a child JVM, {@code pactl}): {@code PULSE_SERVER}
   * and private {@code HOME}, {@code XDG_*} and {@code PULSE_COOKIE}, so it writes nothing into the
   * real home folder.
   */
  public Map<String, String> clientEnvironment() {
    Map<String, String> env = new java.util.HashMap<>(privateFolders());
    env.put("PULSE_SERVER", server());
    env.put("PULSE_COOKIE", dir.resolve("home").resolve("cookie").toString());
    return env;
  }

  /** Runs {@code pactl ARGS} against this server; its output, or an exception naming the error. */
  public String pactl(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("pactl"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(clientEnvironment());
    Process pactl = builder.start();
    byte[] out = pactl.getInputStream().readAllBytes();
    if (!pactl.waitFor(COMMAND.toMillis(), TimeUnit.MILLISECONDS)) {
      pactl.destroyForcibly();
      throw new IOException("pactl " + String.join(" ", args) + " did not end within " + COMMAND);
    }
    String text = new String(out, StandardCharsets.UTF_8).strip();
    if (pactl.exitValue() != 0) {
      throw new IOException("pactl " + String.join(" ", args) + " failed: " + text);
    }
    return text;
  }

  /** Loads a module at run time; its index (for {@link #unloadModule}). */
  public int loadModule(String name, String arguments) throws IOException, InterruptedException {
    return Integer.parseInt(pactl("load-module", name, arguments));
  }

  /** Unloads a module: its sinks and sources disappear, as an unplugged device would. */
  public void unloadModule(int index) throws IOException, InterruptedException {
    pactl("unload-module", Integer.toString(index));
  }

  /** The index of the module that made the sink {@code name} (the speaker: {@value #SPEAKER}). */
  public int moduleOfSink(String name) throws IOException, InterruptedException {
    for (String line : pactl("list", "short", "sinks").split("\n")) {
      String[] f = line.split("\t");
      if (f.length > 1 && f[1].equals(name)) {
        for (String module : pactl("list", "short", "modules").split("\n")) {
          String[] m = module.split("\t");
          if (m.length > 2 && m[1].equals("module-null-sink") && m[2].contains("=" + name + " ")) {
            return Integer.parseInt(m[0]);
          }
        }
      }
    }
    throw new IOException("no null sink " + name + ": " + pactl("list", "short", "sinks"));
  }

  /** Starts recording {@code source} (e.g. {@code vz_speaker.monitor}) as 8 kHz mono. */
  public PulseRecording record(String source) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            "parec",
            "--device=" + source,
            "--rate=8000",
            "--channels=1",
            "--format=s16le",
            "--raw",
            "--latency-msec=20");
    builder.environment().putAll(clientEnvironment());
    builder.redirectError(dir.resolve("parec.log").toFile());
    PulseRecording recording = new PulseRecording(builder.start());
    synchronized (recordings) {
      recordings.add(recording);
    }
    return recording;
  }

  /** The last lines of the daemon's output, for failure messages. */
  public String logTail(int lines) {
    return log.tail(lines);
  }

  /** Stops recordings and the daemon, then removes its folders. Idempotent. */
  @Override
  public void close() {
    synchronized (recordings) {
      recordings.forEach(PulseRecording::close);
    }
    tree.stop(Duration.ofSeconds(3));
    for (String sub : List.of("home", "run", "state", "config")) {
      deleteTree(dir.resolve(sub));
    }
    try {
      Files.deleteIfExists(socket());
    } catch (IOException e) {
      throw new IllegalStateException("cannot remove " + socket(), e);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot remove " + root, e);
    }
  }
}
