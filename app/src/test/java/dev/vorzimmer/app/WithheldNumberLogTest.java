package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.sip.CallDisposition;
import dev.vorzimmer.sip.IncomingCall;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A number the caller withheld, revealed to us by a trusted P-Asserted-Identity, stays out of the
 * INFO log.
 */
class WithheldNumberLogTest {
  @TempDir Path dir;

  @Test
  void theRevealedNumberIsNotLoggedAtInfo() throws Exception {
    AppHome home = AppHome.at(dir);
    Logger logger = (Logger) LoggerFactory.getLogger(ScreeningPolicy.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try (ScreeningModule module =
        ScreeningModule.open(
            home, new ConfigLoader().load(home.configFile()), Clock.systemDefaultZone())) {
      ScreeningPolicy policy =
          new ScreeningPolicy(
              module.screener(),
              module.store().callLog(),
              Runnable::run,
              Runnable::run,
              Clock.systemDefaultZone());
      IncomingCall call =
          new IncomingCall(
              "c1@test",
              "+4930987654",
              "P-Asserted-Identity",
              "",
              "id",
              Optional.empty(),
              "sip:anonymous@anonymous.invalid",
              "vorzimmer",
              "127.0.0.1:5060");
      CallDisposition d = policy.evaluate(call).toCompletableFuture().get(5, TimeUnit.SECONDS);
      assertThat(d).isInstanceOf(CallDisposition.Voicemail.class);
      assertThat(module.store().callLog().recentCalls(1).get(0).rawNumber())
          .doesNotContain("987654");
    } finally {
      logger.detachAppender(logged);
    }
    assertThat(logged.list)
        .anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("call c1@test from"));
    assertThat(logged.list)
        .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
        .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain("987654"));
  }
}
