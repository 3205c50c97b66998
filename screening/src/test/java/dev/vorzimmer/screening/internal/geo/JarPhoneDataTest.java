package dev.vorzimmer.screening.internal.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.NumberNormaliser;
import dev.vorzimmer.screening.NumberPlaces;
import dev.vorzimmer.screening.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * City and carrier from Debian's libphonenumber8-java jars (installed by scripts/test), loaded
 * beside our own, newer libphonenumber core.
 */
class JarPhoneDataTest {
  private static final Path DEBIAN = Path.of("/usr/share/java");

  private static NumberPlaces debian() {
    assertThat(DEBIAN.resolve("geocoder.jar"))
        .as("install the Debian package libphonenumber8-java (scripts/test does)")
        .exists();
    NumberPlaces places = NumberPlaces.fromJars(DEBIAN);
    assertThat(places).isNotSameAs(NumberPlaces.NONE);
    return places;
  }

  @Test
  void aGermanLandlineHasItsCityAndAMobileItsNetworkButNoArea() {
    NumberPlaces places = debian();
    assertThat(places.area("+4930123456", Locale.GERMAN)).contains("Berlin");
    assertThat(places.area("+4989555666", Locale.GERMAN)).contains("München");
    assertThat(places.area("+4989555666", Locale.ENGLISH)).contains("Munich");
    assertThat(places.area("+491701234567", Locale.GERMAN))
        .as("only the country is known: no area")
        .isEmpty();
    assertThat(places.carrier("+491701234567", Locale.GERMAN)).isPresent();
    assertThat(places.carrier("+4930123456", Locale.GERMAN)).isEmpty();
    assertThat(places.area("not a number", Locale.GERMAN)).isEmpty();
  }

  @Test
  void theCallerSummaryNamesTheCity() {
    CallerInfo info =
        new NumberNormaliser("DE").describe("030 123456").withPlaces(debian(), Locale.ENGLISH);
    assertThat(info.regionName()).contains("Berlin");
    assertThat(Words.en(info.details())).isEqualTo("landline number, Berlin, Germany");
  }

  @Test
  void missingJarsMeanNoPlacesAndNoError(@TempDir Path empty) throws Exception {
    assertThat(NumberPlaces.fromJars(empty)).isSameAs(NumberPlaces.NONE);
    Files.writeString(empty.resolve("prefixmapper.jar"), "not a jar");
    Files.writeString(empty.resolve("geocoder.jar"), "not a jar");
    Files.writeString(empty.resolve("carrier.jar"), "not a jar");
    assertThat(NumberPlaces.fromJars(empty)).isSameAs(NumberPlaces.NONE);
    CallerInfo info =
        new NumberNormaliser("DE")
            .describe("030 123456")
            .withPlaces(NumberPlaces.NONE, Locale.ENGLISH);
    assertThat(Words.en(info.details())).isEqualTo("landline number, Germany");
  }
}
