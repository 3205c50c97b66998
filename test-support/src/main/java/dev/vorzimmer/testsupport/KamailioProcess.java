package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Kamailio registrar/proxy on 127.0.0.1, started by a test and stopped by {@link #close()}.
 *
 * <p>Main port ({@link #sipPort()}, UDP and TCP): REGISTER with digest auth (realm = {@link
 * #domain()}, qop=auth, passwords from the users map), contacts kept in memory only; other requests
 * are relayed to the registered contact after proxy authentication. Trunk port ({@link
 * #trunkPort()}): unauthenticated, INVITE/ OPTIONS/MESSAGE are delivered to the contact registered
 * for the Request-URI user, headers untouched, the way a provider hands over PSTN calls.
 *
 * <p>Test hook: a REGISTER for a user whose name starts with {@code unavailable} is answered 503;
 * one whose name starts with {@code busy} is answered 503 with {@code Retry-After: 3}. An auth user
 * named {@code auth-X} (a users-map entry of its own) may register the address of record of user
 * {@code X}, as providers whose digest user differs from the phone number do. An INVITE for a user
 * whose name starts with {@code foreign-realm} is challenged (407) for the realm {@code
 * elsewhere.test} instead of {@link #DOMAIN}.
 *
 * <p>Every request is logged as {@code VZ-REQ <method> from=... cseq=... fn=<From display name>
 * route=<Route>}, every accepted REGISTER as {@code VZ-REGISTER-OK aor=...}, every request whose
 * proxy credentials were accepted as {@code VZ-PROXY-AUTH <method> au=<digest user> from=...}; see
 * {@link #countLogLines(Pattern)}. Output goes to {@code kamailio.log} in the work directory.
 */
public final class KamailioProcess implements AutoCloseable {

  /** Domain and digest realm of the test registrar. */
  public static final String DOMAIN = "vorzimmer.test";

  /** Matches the log line of every REGISTER received (any port). */
  public static final Pattern REGISTER_RECEIVED = Pattern.compile("VZ-REQ REGISTER ");

  /** Matches the log line of every REGISTER accepted with 200. */
  public static final Pattern REGISTER_ACCEPTED = Pattern.compile("VZ-REGISTER-OK ");

  /** Shared memory Kamailio gets unless a test asks for more ({@code -m}). */
  public static final int DEFAULT_SHM_MIB = 32;

  private final KamailioInstallation installation;
  private final KamailioConfig config;
  private final ProcessLog log;
  private final KamailioRun run;

  KamailioProcess(
      KamailioInstallation installation,
      Path workDir,
      KamailioConfig config,
      List<String> commandPrefix,
      int shmMiB)
      throws IOException {
    this.installation = installation;
    this.config = config;
    this.log = new ProcessLog(workDir.resolve("kamailio.log"));
    this.run = new KamailioRun(installation, workDir, config, log, commandPrefix, shmMiB);
  }

  /** Starts Kamailio with {@code min_expires} 1 (practically no lower bound). */
  public static KamailioProcess start(Path workDir, Map<String, String> users) throws IOException {
    return start(workDir, users, 1);
  }

  /**
   * As {@link #start(Path, Map, int, int)} with {@value #DEFAULT_SHM_MIB} MiB of shared memory.
   *
   * @param minExpires REGISTERs asking for less get 423 Interval Too Brief with this Min-Expires
   */
  public static KamailioProcess start(Path workDir, Map<String, String> users, int minExpires)
      throws IOException {
    return start(workDir, users, minExpires, DEFAULT_SHM_MIB);
  }

  /**
   * Writes the configuration into {@code workDir}, starts Kamailio in the foreground on two free
   * ports and waits until it serves requests.
   *
   * @param minExpires REGISTERs asking for less get 423 Interval Too Brief with this Min-Expires
   * @param shmMiB Kamailio's shared memory in MiB ({@code -m}); a load test at hundreds of calls a
   *     second needs more than {@value #DEFAULT_SHM_MIB} (else its transaction module answers 500
   *     "cannot allocate shmem buffer")
   * @throws IllegalStateException if Kamailio is not installed or does not come up (message has the
   *     log tail)
   */
  public static KamailioProcess start(
      Path workDir, Map<String, String> users, int minExpires, int shmMiB) throws IOException {
    return KamailioStarts.local(workDir, users, minExpires, shmMiB, Optional.empty());
  }

  /**
   * As {@link #start(Path, Map, int)}, plus a TLS listener ({@link #tlsPort()}, Kamailio's {@code
   * tls} module, Debian package {@code kamailio-tls-modules}) presenting {@code certificate} (PEM
   * chain) with {@code key}: REGISTER and calls work over it as over UDP and TCP, with RFC 5923
   * connection aliases, so a phone registered over TLS gets its calls over its own connection.
   */
  public static KamailioProcess startWithTls(
      Path workDir, Map<String, String> users, int minExpires, Path certificate, Path key)
      throws IOException {
    return KamailioStarts.local(
        workDir,
        users,
        minExpires,
        DEFAULT_SHM_MIB,
        Optional.of(new KamailioStarts.Cert(certificate, key)));
  }

  /** The TLS port (only when started with {@link #startWithTls}). */
  public int tlsPort() {
    return config
        .tls()
        .orElseThrow(() -> new IllegalStateException("this Kamailio has no TLS listener"))
        .port();
  }

  /**
   * Starts Kamailio as the provider of the network lab: run through {@code commandPrefix} (for
   * example {@code ip netns exec NS}), listening on {@code listen}:5060 (registrar) and :5070
   * (trunk), relaying media through the rtpengine on 127.0.0.1:{@code rtpenginePort} of the same
   * namespace, forcing rport and logging every received message (see {@link #receivedMessages()}).
   */
  public static KamailioProcess startInLab(
      Path workDir,
      Map<String, String> users,
      List<String> commandPrefix,
      String listen,
      int rtpenginePort)
      throws IOException {
    return KamailioStarts.lab(
        workDir, users, commandPrefix, listen, rtpenginePort, Optional.empty());
  }

  /**
   * As {@link #startInLab}, plus a TLS listener on {@code listen}:5061 presenting {@code
   * certificate} (PEM chain) with {@code key}, RFC 5923 aliases on (see {@link #startWithTls}).
   */
  public static KamailioProcess startInLabWithTls(
      Path workDir,
      Map<String, String> users,
      List<String> commandPrefix,
      String listen,
      int rtpenginePort,
      Path certificate,
      Path key)
      throws IOException {
    return KamailioStarts.lab(
        workDir,
        users,
        commandPrefix,
        listen,
        rtpenginePort,
        Optional.of(new KamailioConfig.Tls(5061, certificate, key, workDir.resolve("tls.cfg"))));
  }

  /** Starts the first run (see {@link KamailioStarts}). */
  void launch() throws IOException {
    run.launch();
  }

  /** Address Kamailio listens on. */
  public String listenAddress() {
    return config.listen();
  }

  /**
   * Every SIP message Kamailio received so far (lab only, empty otherwise), in order, as {@link
   * ReceivedMessage}s with the source address and the raw text.
   */
  public List<ReceivedMessage> receivedMessages() {
    return log.lines(ReceivedMessage.LOG_LINE).stream().map(ReceivedMessage::parse).toList();
  }

  /** UDP+TCP port of the registrar (digest-authenticated). */
  public int sipPort() {
    return config.sipPort();
  }

  /** UDP+TCP port of the unauthenticated trunk listener. */
  public int trunkPort() {
    return config.trunkPort();
  }

  /** SIP domain and digest realm, {@value #DOMAIN}. */
  public String domain() {
    return config.domain();
  }

  /** The file receiving Kamailio's stdout and stderr (all runs). */
  public Path logFile() {
    return log.file();
  }

  /**
   * Changes {@code user}'s password in the running Kamailio (via kamcmd), for example to make the
   * next refresh fail authentication; the password must follow the rules of the start-up users map.
   */
  public void setPassword(String user, String password) throws IOException {
    KamailioConfig.validateUser(user, password);
    new Kamcmd(installation.kamcmd(), config.ctlSocket()).setHashEntry("users", user, password);
  }

  /**
   * Forgets {@code user} in the running Kamailio: its next authenticated REGISTER gets 403
   * Forbidden.
   */
  public void removeUser(String user) throws IOException {
    new Kamcmd(installation.kamcmd(), config.ctlSocket()).deleteHashEntry("users", user);
  }

  /** The contact URIs currently registered for {@code user} (empty if none), read via kamcmd. */
  public List<String> contactsOf(String user) throws IOException {
    return new Kamcmd(installation.kamcmd(), config.ctlSocket()).contactsOf(user);
  }

  /** How many log lines (of all runs so far) match. */
  public int countLogLines(Pattern pattern) {
    return log.count(pattern);
  }

  /** Waits until at least one log line matches; false on timeout or if Kamailio's output ended. */
  public boolean awaitLogLine(Pattern pattern, Duration timeout) throws InterruptedException {
    return awaitLogLines(pattern, 1, timeout);
  }

  /**
   * Waits until at least {@code count} log lines (of all runs) match; false on timeout or end of
   * output.
   */
  public boolean awaitLogLines(Pattern pattern, int count, Duration timeout)
      throws InterruptedException {
    return log.awaitCount(pattern, count, timeout);
  }

  /**
   * Every SIP message (request or reply) Kamailio received from {@code port} on 127.0.0.1 so far,
   * whole, as its configuration logs them between {@code VZ-MSG-BEGIN} and {@code VZ-MSG-END}.
   */
  public List<String> messagesFrom(int port) throws IOException {
    String text = Files.readString(logFile(), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile(
                "VZ-MSG-BEGIN src=([^\\n]*):" + port + "\\n(.*?)\\nVZ-MSG-END", Pattern.DOTALL)
            .matcher(text);
    List<String> messages = new ArrayList<>();
    while (m.find()) {
      messages.add(m.group(2));
    }
    return messages;
  }

  /** The last {@code lines} lines of Kamailio's output, for failure messages. */
  public String logTail(int lines) {
    return log.tail(lines);
  }

  /**
   * Kills Kamailio and all its worker processes with SIGKILL (registrations in memory are lost).
   */
  public void kill() {
    run.kill();
  }

  /**
   * Starts Kamailio again with the same configuration and ports; kills a still running instance
   * first.
   */
  public void restart() throws IOException {
    run.kill();
    run.launch();
  }

  /** Stops Kamailio (SIGTERM, then SIGKILL after 5 s) including its workers. Idempotent. */
  @Override
  public void close() {
    run.stop(Duration.ofSeconds(5));
  }
}
