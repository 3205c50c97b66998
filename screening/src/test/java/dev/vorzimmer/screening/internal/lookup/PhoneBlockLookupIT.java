package dev.vorzimmer.screening.internal.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Ticker;
import dev.vorzimmer.screening.CallerLookup;
import dev.vorzimmer.screening.CallerLookup.LookupException;
import dev.vorzimmer.screening.LookupConfig;
import dev.vorzimmer.screening.LookupResult;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PhoneBlockLookupIT {
  private FakePhoneBlock server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @BeforeEach
  void start() throws Exception {
    server = new FakePhoneBlock();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LookupResult ask(CallerLookup lookup, String e164) throws Exception {
    return lookup.lookup(e164).get(5, TimeUnit.SECONDS);
  }

  @Test
  void readsVotesRatingLabelAndLocation() throws Exception {
    LookupResult r =
        ask(
            new PhoneBlockLookup(http, server.baseUrl(), FakePhoneBlock.TOKEN),
            FakePhoneBlock.FRAUD);
    assertThat(r.found()).isTrue();
    assertThat(r.votes()).isEqualTo(12);
    assertThat(r.rating()).contains("G_FRAUD");
    assertThat(r.label()).contains("(DE) 0176 50642602");
    assertThat(r.location()).contains("Mobilfunk");
  }

  @Test
  void unknownNumbersAreNotFound() throws Exception {
    PhoneBlockLookup lookup = new PhoneBlockLookup(http, server.baseUrl(), FakePhoneBlock.TOKEN);
    assertThat(ask(lookup, FakePhoneBlock.NOT_FOUND)).isEqualTo(LookupResult.notFound());
    assertThat(ask(lookup, "+4930123456")).isEqualTo(LookupResult.notFound());
  }

  @Test
  void aBadTokenIsAClearError() {
    PhoneBlockLookup lookup = new PhoneBlockLookup(http, server.baseUrl(), "stale");
    assertThatThrownBy(() -> ask(lookup, FakePhoneBlock.FRAUD))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(LookupException.class)
        .hasMessage("PhoneBlock rejected the API token (HTTP 401)");
  }

  @Test
  void malformedJsonIsAClearError() {
    PhoneBlockLookup lookup = new PhoneBlockLookup(http, server.baseUrl(), FakePhoneBlock.TOKEN);
    assertThatThrownBy(() -> ask(lookup, FakePhoneBlock.MALFORMED))
        .cause()
        .isInstanceOf(LookupException.class)
        .hasMessage("PhoneBlock sent malformed JSON");
  }

  @Test
  void answersWithoutVotesAreRejectedAsUnexpected() {
    assertThatThrownBy(() -> PhoneBlockLookup.parse("[1,2]"))
        .hasMessageContaining("unexpected answer");
  }

  @Test
  void cacheKeepsAnswersAndNotFoundUntilTheyExpire() throws Exception {
    AtomicLong nanos = new AtomicLong();
    Ticker ticker =
        new Ticker() {
          @Override
          public long read() {
            return nanos.get();
          }
        };
    CachingLookup cached =
        new CachingLookup(
            new PhoneBlockLookup(http, server.baseUrl(), FakePhoneBlock.TOKEN),
            Duration.ofHours(24),
            100,
            ticker);
    for (int i = 0; i < 3; i++) {
      assertThat(ask(cached, FakePhoneBlock.FRAUD).votes()).isEqualTo(12);
      assertThat(ask(cached, FakePhoneBlock.NOT_FOUND).found()).isFalse();
    }
    assertThat(server.hits(FakePhoneBlock.FRAUD)).isEqualTo(1);
    assertThat(server.hits(FakePhoneBlock.NOT_FOUND)).isEqualTo(1);
    nanos.addAndGet(Duration.ofHours(25).toNanos());
    ask(cached, FakePhoneBlock.FRAUD);
    assertThat(server.hits(FakePhoneBlock.FRAUD)).isEqualTo(2);
  }

  @Test
  void failuresAreNotCached() {
    CachingLookup cached =
        new CachingLookup(
            new PhoneBlockLookup(http, server.baseUrl(), "stale"),
            Duration.ofHours(24),
            100,
            Ticker.systemTicker());
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> ask(cached, FakePhoneBlock.FRAUD))
          .isInstanceOf(ExecutionException.class);
    }
    assertThat(server.hits(FakePhoneBlock.FRAUD)).isEqualTo(2);
  }

  @Test
  void theLookupIsOffByDefault() {
    assertThat(LookupConfig.defaults().enabled()).isFalse();
    assertThat(CallerLookup.fromConfig(LookupConfig.defaults())).isSameAs(CallerLookup.NONE);
    assertThat(
            CallerLookup.fromConfig(LookupConfig.defaults().enabledWith("t", server.baseUrl()))
                .name())
        .isEqualTo("PhoneBlock");
  }
}
