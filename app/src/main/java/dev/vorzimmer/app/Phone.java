package dev.vorzimmer.app;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.CallsAndVoicemailSettings;
import dev.vorzimmer.app.view.Callers;
import dev.vorzimmer.app.view.Lines;
import dev.vorzimmer.app.view.PhoneView;
import dev.vorzimmer.app.view.ScreeningRules;
import dev.vorzimmer.app.view.SettingsApplier;
import dev.vorzimmer.app.view.Sound;
import dev.vorzimmer.app.view.Stores;
import dev.vorzimmer.app.voicemail.CallAudio;
import dev.vorzimmer.app.voicemail.DiskGuard;
import dev.vorzimmer.app.voicemail.Greetings;
import dev.vorzimmer.app.voicemail.LiveCallAudio;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.app.voicemail.MessageRecorder;
import dev.vorzimmer.app.voicemail.MessageRecovery;
import dev.vorzimmer.app.voicemail.MessageTriaging;
import dev.vorzimmer.app.voicemail.VoicemailWiring;
import dev.vorzimmer.media.AnsweringMachineSettings;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.media.SrtpParameters;
import dev.vorzimmer.sip.SipAgent;
import dev.vorzimmer.sip.SipAgentListener;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assembled phone: screening store and rules, the answering machine, and the SIP agent that
 * asks the screener before anything rings. Built once by {@link PhoneRunner} (and by the desktop
 * window); everything is passed through constructors here and nowhere else.
 */
public final class Phone implements AutoCloseable, SettingsApplier {
  private static final Logger log = LoggerFactory.getLogger(Phone.class);
  private final ScreeningModule screening;
  private final ScreeningPolicy policy;
  private final GhostLog ghosts;
  private final PhoneLines lines;
  private final MediaPacer pacer;
  private final CallAudio media;
  private final SoundDevices sound;
  private final List<ExecutorService> executors;
  private final ScheduledExecutorService summaries;
  private final dev.vorzimmer.app.carddav.AddressBookStatuses addressBooks =
      new dev.vorzimmer.app.carddav.AddressBookStatuses();

  private Phone(
      ScreeningModule screening,
      ScreeningPolicy policy,
      GhostLog ghosts,
      PhoneLines lines,
      MediaPacer pacer,
      CallAudio media,
      SoundDevices sound,
      List<ExecutorService> executors,
      ScheduledExecutorService summaries) {
    this.screening = screening;
    this.ghosts = ghosts;
    this.media = media;
    this.sound = sound;
    this.policy = policy;
    this.lines = lines;
    this.pacer = pacer;
    this.executors = executors;
    this.summaries = summaries;
  }

  /**
   * Opens the store and wires the agent; nothing is started yet. Interrupted messages are not
   * touched: only the phone holding the data folder's lock recovers them ({@link
   * #recoverInterruptedMessages}).
   */
  public static Phone assemble(
      AppHome home, AppConfig config, Clock clock, MessageListener messages) {
    return assemble(home, config, clock, messages, Greeting.of(new short[0]));
  }

  /**
   * As {@link #assemble(AppHome, AppConfig, Clock, MessageListener)} without sound devices: live
   * calls send {@code liveAudio} once, then silence (the CLI's {@code call --play}).
   */
  public static Phone assemble(
      AppHome home, AppConfig config, Clock clock, MessageListener messages, Greeting liveAudio) {
    return assemble(
        home,
        config,
        clock,
        messages,
        liveAudio,
        SoundDevices.none("no sound devices in this mode"));
  }

  /**
   * The full assembly: live calls send {@code liveAudio} if it is not empty, else use the
   * microphone and speaker of {@code sound} (closed with the phone).
   */
  public static Phone assemble(
      AppHome home,
      AppConfig config,
      Clock clock,
      MessageListener messages,
      Greeting liveAudio,
      SoundDevices sound) {
    ScreeningModule screening = ScreeningModule.open(home, config, clock);
    PhoneLanes lanes = PhoneLanes.start();
    ScheduledExecutorService store = lanes.store();
    ScheduledExecutorService recordingIo = lanes.recordingIo();
    CallsAndVoicemailSettings calls = config.calls();
    Greetings greetings =
        new Greetings(home.dataDir().resolve("greetings"), List.of(calls.greetingLanguage()));
    ScreeningPolicy policy =
        new ScreeningPolicy(
            screening.screener(),
            screening.store().callLog(),
            lanes.decisions(),
            store,
            clock,
            new DoNotDisturbRule(
                screening.store().doNotDisturb(), screening.store().contacts(), clock),
            new Dispositions(greetings::challengeTimeout));
    policy.warmUp(); // beside the rest of the assembly; PhoneRunner waits for it before registering
    GhostLog ghosts =
        new GhostLog(
            screening.store().callLog(),
            peer -> PhoneGlue.e164(screening, peer),
            clock,
            policy::callLogChanged,
            lanes.ghostLane());
    MessageRecorder recorder =
        new MessageRecorder(
            screening.store().messages(),
            screening.store().callLog(),
            home.messagesDir(),
            callId -> policy.decisionFor(callId).map(VoicemailWiring::summary),
            clock,
            messages,
            store,
            new MessageTriaging(recordingIo, VoicemailWiring.robotRanges(screening, clock)));
    AnsweringMachineSettings machine = CallConfigs.machineSettings(calls);
    MediaPacer pacer = MediaPacer.start();
    if (config.account().map(a -> !a.mediaEncryption().equals("none")).orElse(false)) {
      recordingIo.execute(
          Phone::warmUpSrtp); // SRTP's first use takes a second: not on the media thread
    }
    AtomicReference<List<PhoneLine>> linesRef = new AtomicReference<>(List.of());
    DiskGuard disk = new DiskGuard(home.messagesDir(), calls.minFreeMb(), calls.maxTotalMb());
    CallAudio media =
        new CallAudio(
            greetings,
            recorder,
            machine,
            disk,
            pacer,
            recordingIo,
            callId -> linesRef.get().forEach(l -> l.agent().hangUp(callId)),
            new LiveCallAudio(pacer, lanes.soundOpener(), liveAudio, sound),
            config.network().rtpPorts());
    List<SipAgentListener> listeners =
        List.of(
            policy,
            ghosts,
            new CallbackAllowance(screening.screener(), screening.store(), store, clock),
            new ChallengeMemory(
                policy,
                screening.store().callLog(),
                screening.store().listStore(),
                () -> screening.screener().config().challenge(),
                clock,
                store));
    PhoneLines lines = PhoneLines.of(config, CallConfigs.callSettings(calls), policy, media, clock);
    linesRef.set(lines.all());
    listeners.forEach(lines::addListener);
    return new Phone(
        screening,
        policy,
        ghosts,
        lines,
        pacer,
        media,
        sound,
        lanes.inShutdownOrder(),
        lanes.ghostLane());
  }

  /**
   * The phone as the window's views may use it: narrow interfaces, no start, stop or wiring (see
   * {@code app.view}).
   */
  public PhoneView view() {
    return new PhoneView(
        Lines.of(lines),
        media,
        Sound.of(sound),
        Callers.of(screening, id -> policy.decisionFor(id).map(ScreeningPolicy.Logged::decision)),
        ScreeningRules.of(screening),
        this,
        addressBooks,
        Stores.of(screening.store()));
  }

  /**
   * Applies ring time, busy action, message length and silence of {@code config} to the calls that
   * arrive from now on (after the user saved them in the settings).
   */
  @Override
  public void applyCalls(AppConfig config) {
    lines.all().forEach(l -> l.agent().updateCalls(CallConfigs.callSettings(config.calls())));
    media.machineSettings(
        CallConfigs.machineSettings(config.calls()),
        config.calls().minFreeMb(),
        config.calls().maxTotalMb());
  }

  /**
   * Turns messages whose recording was interrupted into "recovered" ones. Only for the process
   * holding the {@link DataFolderLock}: anyone else would take a running phone's {@code .part}
   * file.
   */
  public void recoverInterruptedMessages(
      DataFolderLock held, AppHome home, MessageListener messages) {
    java.util.Objects.requireNonNull(held, "held");
    int recovered = MessageRecovery.run(screening.store().messages(), home.messagesDir());
    if (recovered > 0) {
      log.warn("recovered {} interrupted message(s)", recovered);
      messages.recovered(recovered);
    }
  }

  /**
   * Starts the daily {@link StorageMaintenance} (first pass now) on its own thread, and on the same
   * thread the sync of the {@code [[contacts.carddav]]} address books; only for the process holding
   * the {@link DataFolderLock}. First on that thread: the JIT compiler's threads get a lower
   * priority ({@link CompilerThreads}).
   */
  public void startMaintenance(DataFolderLock held, AppHome home, AppConfig config, Clock clock) {
    java.util.Objects.requireNonNull(held, "held");
    ScheduledExecutorService maintenance =
        Executors.newSingleThreadScheduledExecutor(PhoneLanes.named("maintenance"));
    executors.add(maintenance);
    maintenance.execute(CompilerThreads::lowerPriority);
    maintenance.scheduleAtFixedRate(
        new StorageMaintenance(screening.store(), home, config.keepCallsDays(), clock),
        0,
        1,
        java.util.concurrent.TimeUnit.DAYS);
    new dev.vorzimmer.app.carddav.AddressBooks(
            screening.store(),
            screening.numbers().importNormaliser(),
            home.dataDir().resolve("carddav"),
            addressBooks,
            clock)
        .schedule(maintenance, config.addressBooks());
  }

  /** How the last sync of each {@code [[contacts.carddav]]} address book went. */
  public dev.vorzimmer.app.carddav.AddressBookStatuses addressBooks() {
    return addressBooks;
  }

  /** The default line's agent (the only one with a single line). */
  public SipAgent agent() {
    return lines.defaultLine().agent();
  }

  /** The lines: one agent each (one local-line agent without an account). */
  public PhoneLines lines() {
    return lines;
  }

  /** The microphone and speaker for calls the user takes (may still be opening). */
  public SoundDevices sound() {
    return sound;
  }

  /** Mute and keypad for the calls the user is talking on. */
  public LiveCalls liveCalls() {
    return media;
  }

  public ScreeningModule screening() {
    return screening;
  }

  public ScreeningPolicy policy() {
    return policy;
  }

  /**
   * The lane that writes flood summaries (ghost calls; the headless console's rejected calls); the
   * phone shuts it down.
   */
  public ScheduledExecutorService summaries() {
    return summaries;
  }

  /**
   * Applies the account and listen address of {@code config} to the running line (after the user
   * saved them in the settings): ends calls, unregisters the old account, registers the new one.
   * Blocks up to a few seconds: never call it on the EDT.
   */
  @Override
  public void applyLine(AppConfig config) throws java.io.IOException {
    lines.reconfigure(config);
  }

  /**
   * Ends every call (BYE; recordings are finished as complete messages, RTP sockets and the
   * microphone closed), unregisters (all bounded by {@code timeout}), lets the queued store writes
   * finish (up to 2 s per lane) and closes the store.
   */
  public void shutdown(Duration timeout) {
    lines.shutdown(timeout);
    ghosts.flushNow();
    pacer.close();
    sound.close();
    for (ExecutorService e : executors) {
      e.shutdown();
      try {
        if (!e.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS)) {
          log.warn("background work did not finish in time; stopping anyway");
        }
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    }
    screening.close();
  }

  @Override
  public void close() {
    shutdown(Duration.ofSeconds(3));
  }

  private static void warmUpSrtp() {
    try {
      SrtpParameters.warmUp();
    } catch (RuntimeException e) {
      log.error("SRTP does not work here: encrypted calls will fail", e);
    }
  }
}
