package dev.vorzimmer.app.it;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import dev.vorzimmer.testsupport.audio.ToneDevices;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * The phone side of {@link LiveLabCallIT}, run as its own JVM inside the lab's home namespace (a
 * JVM thread cannot enter a namespace): a {@link Phone} as the app assembles it, whose "microphone"
 * plays a 440 Hz tone and whose "speaker" collects what it gets. With the home's configuration (the
 * README's default) it registers through the NAT; then, as the user would, it answers the call from
 * the contact {@code CALLER} when it rings ({@code answer}) or places a call to {@code TARGET}
 * ({@code call}), and stays in the call until the other side hangs up or {@code TALK_SECONDS}
 * passed (then it hangs up). What the speaker got is written to {@code OUT_WAV} (8 kHz 16-bit
 * mono). Lines starting with {@code VZ-LIVE} tell the test what happens. The JVM exits by itself: 0
 * when all went as described, 2 on a failed step, 3 when {@code LIMIT_SECONDS} passed.
 *
 * <p>Arguments: {@code HOME answer|call CALLER|TARGET OUT_WAV LIMIT_SECONDS TALK_SECONDS}.
 */
final class LabLivePhoneMain {
  static final String PREFIX = "VZ-LIVE ";
  private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
  private final long deadline;

  private LabLivePhoneMain(long deadline) {
    this.deadline = deadline;
  }

  public static void main(String[] args) throws Exception {
    Duration limit = Duration.ofSeconds(Long.parseLong(args[4]));
    ScheduledExecutorService watchdog =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "live-watchdog");
              t.setDaemon(true);
              return t;
            });
    watchdog.schedule(
        () -> {
          System.out.println(PREFIX + "timeout after " + limit);
          Runtime.getRuntime().halt(3);
        },
        limit.toMillis(),
        TimeUnit.MILLISECONDS);
    int status =
        new LabLivePhoneMain(System.nanoTime() + limit.toNanos())
            .run(
                Path.of(args[0]),
                args[1],
                args[2],
                Path.of(args[3]),
                Duration.ofSeconds(Long.parseLong(args[5])));
    System.out.flush();
    Runtime.getRuntime().halt(status);
  }

  /**
   * The incoming call's id once it rang and was answered; null (and says why) when answering was
   * refused.
   */
  private String answerWhenItRings(Phone phone) throws InterruptedException {
    CallEvent ringing =
        (CallEvent)
            await(
                o -> o instanceof CallEvent c && c.incoming() && c.state() == CallState.RINGING,
                "ringing");
    if (!phone.agent().answer(ringing.callId())) {
      System.out.println(PREFIX + "answer refused");
      return null;
    }
    return ringing.callId();
  }

  private int run(Path homeDir, String mode, String peer, Path out, Duration talk)
      throws Exception {
    AppHome home = AppHome.at(homeDir);
    ToneDevices sound = new ToneDevices(440);
    Phone phone =
        Phone.assemble(
            home,
            new ConfigLoader().load(home.configFile()),
            Clock.systemDefaultZone(),
            MessageListener.NONE,
            Greeting.of(new short[0]),
            SoundDevices.of(sound));
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
      if (mode.equals("answer")) {
        phone
            .screening()
            .store()
            .contactBook()
            .add(new Contact(0, "Caller", List.of(peer), Optional.empty(), false));
      }
      phone.agent().start();
      await(
          o -> o instanceof RegistrationEvent r && r.state() == RegistrationState.REGISTERED,
          "registered");
      String id = mode.equals("answer") ? answerWhenItRings(phone) : phone.agent().call(peer);
      if (id == null) {
        return 2;
      }
      await(
          o -> o instanceof CallEvent c && c.callId().equals(id) && c.state() == CallState.ACTIVE,
          "active");
      Predicate<Object> ended =
          o -> o instanceof CallEvent c && c.callId().equals(id) && c.state() == CallState.ENDED;
      if (awaitWithin(ended, "ended by the other side", talk) == null) {
        System.out.println(PREFIX + "hanging up");
        phone.agent().hangUp(id);
        await(ended, "ended");
      }
      short[] heard = sound.speaker().samples();
      write(heard, out);
      System.out.println(PREFIX + "heard " + heard.length + " samples");
      return 0;
    } catch (IllegalStateException e) {
      System.out.println(PREFIX + "failed: " + e.getMessage());
      return 2;
    } finally {
      phone.shutdown(Duration.ofSeconds(3));
    }
  }

  /**
   * Waits for an event matching {@code match} before the deadline, prints {@code what}; throws when
   * none came.
   */
  private Object await(Predicate<Object> match, String what) throws InterruptedException {
    Object o = awaitWithin(match, what, Duration.ofNanos(deadline - System.nanoTime()));
    if (o == null) {
      throw new IllegalStateException("not " + what + " in time");
    }
    return o;
  }

  /**
   * Waits up to {@code timeout} for an event matching {@code match}, prints {@code what}; null when
   * none came.
   */
  private Object awaitWithin(Predicate<Object> match, String what, Duration timeout)
      throws InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = until - System.nanoTime()) {
      Object o = events.poll(left, TimeUnit.NANOSECONDS);
      if (o != null) {
        System.out.println(PREFIX + "event " + o);
      }
      if (o != null && match.test(o)) {
        System.out.println(PREFIX + what);
        return o;
      }
    }
    return null;
  }

  private static void write(short[] samples, Path file) throws Exception {
    ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asShortBuffer().put(samples);
    AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
    try (AudioInputStream in =
        new AudioInputStream(new ByteArrayInputStream(bytes.array()), format, samples.length)) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
    }
  }
}
