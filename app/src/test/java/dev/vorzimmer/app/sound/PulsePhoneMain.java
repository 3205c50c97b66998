package dev.vorzimmer.app.sound;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The phone side of {@link PulseAudioCallIT}, in a JVM of its own whose environment points libpulse
 * at the test's private PulseAudio ({@code PULSE_SERVER}; libjitsi is JVM-wide and reads the
 * environment). It opens the sound devices as the app does ({@link AudioDevices#open}), chooses the
 * microphone and speaker whose ids end with the names given (as Settings would), and calls {@code
 * TARGET}. Lines starting with {@code VZ-PULSE} tell the test what happens; a line {@code hangup}
 * on stdin hangs up. The JVM halts by itself: 0 when the call ended as asked, 2 on a failed step, 3
 * when {@code LIMIT_SECONDS} passed.
 *
 * <p>Arguments: {@code HOME TARGET MICROPHONE SPEAKER LIMIT_SECONDS}.
 */
final class PulsePhoneMain {
  static final String PREFIX = "VZ-PULSE ";
  private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

  public static void main(String[] args) throws Exception {
    long limit = Long.parseLong(args[4]);
    Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pulse-phone-watchdog");
              t.setDaemon(true);
              return t;
            })
        .schedule(
            () -> {
              System.out.println(PREFIX + "timeout");
              Runtime.getRuntime().halt(3);
            },
            limit,
            TimeUnit.SECONDS);
    int status;
    try {
      status = new PulsePhoneMain().run(AppHome.at(Path.of(args[0])), args[1], args[2], args[3]);
    } catch (IllegalStateException e) {
      System.out.println(PREFIX + "failed: " + e.getMessage());
      status = 2;
    }
    System.out.flush();
    Runtime.getRuntime().halt(status);
  }

  private int run(AppHome home, String target, String microphone, String speaker) throws Exception {
    AudioDevices devices = AudioDevices.open(home.dataDir());
    System.out.println(PREFIX + "inputs " + devices.inputs());
    System.out.println(PREFIX + "outputs " + devices.outputs());
    SoundDevices sound = SoundDevices.of(devices);
    sound.choose(find(devices.inputs(), microphone), find(devices.outputs(), speaker));
    Phone phone =
        Phone.assemble(
            home,
            new ConfigLoader().load(home.configFile()),
            Clock.systemDefaultZone(),
            MessageListener.NONE,
            Greeting.of(new short[0]),
            sound);
    phone
        .liveCalls()
        .addDeviceListener(
            d ->
                System.out.println(
                    PREFIX
                        + "devices microphone="
                        + d.state().microphone()
                        + " speaker="
                        + d.state().speaker()
                        + " usable="
                        + d.state().usable()));
    try {
      phone
          .agent()
          .addListener(
              new SipAgentListener() {
                @Override
                public void onRegistration(RegistrationEvent event) {
                  events.add(event);
                }

                @Override
                public void onCall(CallEvent event) {
                  events.add(event);
                }
              });
      phone.agent().start();
      await(o -> o instanceof RegistrationEvent r && r.state() == RegistrationState.REGISTERED);
      String id = phone.agent().call(target);
      Predicate<Object> state = o -> o instanceof CallEvent c && c.callId().equals(id);
      await(state.and(o -> ((CallEvent) o).state() == CallState.ACTIVE));
      System.out.println(PREFIX + "active");
      BufferedReader stdin =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = stdin.readLine(); line != null; line = stdin.readLine()) {
        if (line.equals("hangup")) {
          phone.agent().hangUp(id);
          await(state.and(o -> ((CallEvent) o).state() == CallState.ENDED));
          System.out.println(PREFIX + "ended");
          return 0;
        }
      }
      return 2;
    } finally {
      phone.shutdown(Duration.ofSeconds(3));
      devices.close();
    }
  }

  private static Optional<AudioDevice> find(List<AudioDevice> devices, String idEnd) {
    AudioDevice device =
        devices.stream()
            .filter(d -> d.id().endsWith(idEnd))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no device " + idEnd + " in " + devices));
    System.out.println(PREFIX + "chose " + device);
    return Optional.of(device);
  }

  /** The next event matching {@code match} (printed); the watchdog ends a wait that never ends. */
  private Object await(Predicate<Object> match) throws InterruptedException {
    while (true) {
      Object o = events.take();
      System.out.println(PREFIX + "event " + o);
      if (match.test(o)) {
        return o;
      }
    }
  }
}
