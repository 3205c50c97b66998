package dev.vorzimmer.screening.internal.geo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.vorzimmer.screening.NumberPlaces;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libphonenumber's geocoder and carrier mapper, loaded from their jars together with a private copy
 * of our own libphonenumber core in one isolated class loader (the data files are found through the
 * core's loader, so the three must share one), and called reflectively: the project compiles and
 * runs without them.
 */
public final class JarPhoneData implements NumberPlaces {
  private static final Logger log = LoggerFactory.getLogger(JarPhoneData.class);
  private static final List<String> JARS =
      List.of("prefixmapper.jar", "geocoder.jar", "carrier.jar");
  private final Object util;
  private final Method parse;
  private final Method regionOf;
  private final Object geocoder;
  private final Method describe;
  private final Object carriers;
  private final Method carrierName;

  private JarPhoneData(Class<?> utilClass, Class<?> geocoderClass, Class<?> carrierClass)
      throws ReflectiveOperationException {
    Class<?> number =
        utilClass
            .getClassLoader()
            .loadClass("com.google.i18n.phonenumbers.Phonenumber$PhoneNumber");
    this.util = utilClass.getMethod("getInstance").invoke(null);
    this.parse = utilClass.getMethod("parse", CharSequence.class, String.class);
    this.regionOf = utilClass.getMethod("getRegionCodeForNumber", number);
    this.geocoder = geocoderClass.getMethod("getInstance").invoke(null);
    this.describe = geocoderClass.getMethod("getDescriptionForNumber", number, Locale.class);
    this.carriers = carrierClass.getMethod("getInstance").invoke(null);
    this.carrierName = carrierClass.getMethod("getNameForNumber", number, Locale.class);
  }

  /**
   * The data from {@code dir}, or empty (with one log line) when the jars are missing or unusable.
   */
  public static Optional<NumberPlaces> load(Path dir) {
    List<URL> urls = new ArrayList<>();
    try {
      urls.add(PhoneNumberUtil.class.getProtectionDomain().getCodeSource().getLocation());
      for (String jar : JARS) {
        Path file = dir.resolve(jar);
        if (!Files.isRegularFile(file)) {
          log.info(
              "no offline city/carrier data: {} is missing (Debian package libphonenumber8-java)",
              file);
          return Optional.empty();
        }
        urls.add(file.toUri().toURL());
      }
      ClassLoader loader =
          new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      JarPhoneData data =
          new JarPhoneData(
              loader.loadClass("com.google.i18n.phonenumbers.PhoneNumberUtil"),
              loader.loadClass("com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder"),
              loader.loadClass("com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper"));
      if (data.area("+4930123456", Locale.ENGLISH).isEmpty()) {
        log.warn("offline city data in {} does not answer; not used", dir);
        return Optional.empty();
      }
      log.info("offline city/carrier data from {}", dir);
      return Optional.of(data);
    } catch (MalformedURLException
        | ReflectiveOperationException
        | LinkageError
        | RuntimeException e) {
      log.warn("offline city/carrier data in {} is unusable: {}", dir, e.toString());
      return Optional.empty();
    }
  }

  @Override
  public Optional<String> area(String e164, Locale language) {
    return parse(e164)
        .flatMap(
            n ->
                call(describe, geocoder, n, language)
                    .filter(area -> !area.equals(countryName(n, language))));
  }

  @Override
  public Optional<String> carrier(String e164, Locale language) {
    return parse(e164).flatMap(n -> call(carrierName, carriers, n, language));
  }

  /** The geocoder answers the country's name when it knows nothing finer; that is not an area. */
  private String countryName(Object number, Locale language) {
    try {
      return new Locale("", (String) regionOf.invoke(util, number)).getDisplayCountry(language);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "";
    }
  }

  private static Optional<String> call(
      Method method, Object target, Object number, Locale language) {
    try {
      Object answer = method.invoke(target, number, language);
      return answer instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.debug("no place for {}: {}", number, e.toString());
      return Optional.empty();
    }
  }

  /** {@code e164} as the isolated loader's PhoneNumber, or empty when it does not parse. */
  private Optional<Object> parse(String e164) {
    try {
      return Optional.of(parse.invoke(util, e164, "ZZ"));
    } catch (InvocationTargetException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.debug("cannot parse {} for places: {}", e164, e.toString());
      return Optional.empty();
    }
  }
}
