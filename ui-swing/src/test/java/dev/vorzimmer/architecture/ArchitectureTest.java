package dev.vorzimmer.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/ARCHITECTURE.md, checked on the compiled main classes of every module
 * (ui-swing's test class path sees them all). A failure names the class and the dependency that
 * breaks the rule.
 */
class ArchitectureTest {
  private static final String[] SIP_STACK = {"javax.sip..", "gov.nist.."};
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                "dev.vorzimmer.screening",
                "dev.vorzimmer.media",
                "dev.vorzimmer.sip",
                "dev.vorzimmer.app",
                "dev.vorzimmer.ui");
  }

  @Test
  void everyModuleIsOnTheClassPath() {
    for (String module : new String[] {"screening", "media", "sip", "app", "ui"}) {
      org.assertj.core.api.Assertions.assertThat(classes.containPackage("dev.vorzimmer." + module))
          .as("classes of dev.vorzimmer." + module + " imported")
          .isTrue();
    }
  }

  @Test
  void screeningKnowsNoSipNoAudioNoSwing() {
    noClasses()
        .that()
        .resideInAPackage("dev.vorzimmer.screening..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javax.sip..",
            "gov.nist..",
            "dev.vorzimmer.sip..",
            "dev.vorzimmer.media..",
            "javax.sound..",
            "org.jitsi..",
            "javax.swing..",
            "java.awt..")
        .check(classes);
  }

  @Test
  void mediaKnowsNoSipNoScreeningNoSwing() {
    noClasses()
        .that()
        .resideInAPackage("dev.vorzimmer.media..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javax.sip..",
            "gov.nist..",
            "dev.vorzimmer.sip..",
            "dev.vorzimmer.screening..",
            "javax.swing..",
            "java.awt..")
        .check(classes);
  }

  @Test
  void sipCoreKnowsNoScreeningNoMediaNoSwing() {
    noClasses()
        .that()
        .resideInAPackage("dev.vorzimmer.sip..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.vorzimmer.screening..", "dev.vorzimmer.media..", "javax.swing..", "java.awt..")
        .check(classes);
  }

  @Test
  void onlyTheJainSipAdapterTouchesTheSipStack() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.vorzimmer.sip.internal.jainsip..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SIP_STACK)
        .check(classes);
  }

  @Test
  void onlyTheJitsiAdapterTouchesLibjitsi() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.vorzimmer.media.internal.jitsi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.media..", "com.sun.jna..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dev.vorzimmer.media.internal.jitsi..", "dev.vorzimmer.media.internal.srtp..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jitsi..")
        .check(classes);
  }

  /**
   * Sound goes through media's {@code AudioSource}/{@code AudioSink} on the device the user chose,
   * and audio files through media's {@code WavAudio}: nothing outside media touches javax.sound
   * (the CLI's {@code vorzimmer messages play} included).
   */
  @Test
  void onlyMediaTouchesJavaxSound() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.vorzimmer.media..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.sound..")
        .check(classes);
  }

  @Test
  void appHasNoWindow() {
    noClasses()
        .that()
        .resideInAPackage("dev.vorzimmer.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.swing..", "java.awt..", "dev.vorzimmer.ui..")
        .check(classes);
  }

  @Test
  void viewsUseNoModuleInternals() {
    noClasses()
        .that()
        .resideInAPackage("dev.vorzimmer.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.vorzimmer.sip.internal..",
            "dev.vorzimmer.media.internal..",
            "dev.vorzimmer.screening.internal..")
        .check(classes);
  }

  /**
   * Views get the phone's narrow interfaces ({@code app.view}, through {@code UiContext}), not the
   * phone: no class of the window but its entry ({@code DesktopUi}, which takes the assembled phone
   * from the app's {@code DesktopFrontend} seam and hands out {@code Phone.view()}, and {@code
   * SwingFrontend}, that seam's implementation) may reach the phone, its screening module,
   * screener, policy, store, line set or sound system, and so start, stop, rewire or bypass them.
   */
  @Test
  void viewsGetNarrowInterfacesNotThePhone() {
    noClasses()
        .that()
        .resideInAPackage("dev.vorzimmer.ui..")
        .and(
            DescribedPredicate.not(
                DescribedPredicate.describe(
                    "the window's entry (DesktopUi, SwingFrontend)",
                    c -> {
                      String top = c.getName().replaceAll("\\$.*", "");
                      return top.equals("dev.vorzimmer.ui.DesktopUi")
                          || top.equals("dev.vorzimmer.ui.SwingFrontend");
                    })))
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(
            dev.vorzimmer.app.Phone.class,
            dev.vorzimmer.app.ScreeningModule.class,
            dev.vorzimmer.app.ScreeningPolicy.class,
            dev.vorzimmer.app.PhoneLines.class,
            dev.vorzimmer.app.PhoneLine.class,
            dev.vorzimmer.sip.SipAgent.class,
            dev.vorzimmer.app.SoundDevices.class,
            dev.vorzimmer.app.CallbackRisk.class,
            dev.vorzimmer.screening.Screener.class,
            dev.vorzimmer.screening.store.ScreeningStore.class)
        .check(classes);
  }

  /**
   * No two packages depend on each other, with two named exceptions that exist today:
   *
   * <ul>
   *   <li>each module's API package creates its implementation (e.g. {@code SipAgent.create},
   *       {@code Screener}, the media factories) while the implementation in {@code internal..}
   *       implements the API's interfaces and records. The API → own {@code internal} edge is
   *       ignored; any other cycle (between internal packages, or internal → API → other internal)
   *       still fails.
   *   <li>the app's composition root ({@code Main}, {@code Phone}, {@code PhoneRunner} and the
   *       {@code DesktopFrontend} seam it opens the window through) wires {@code app.cli}, {@code
   *       app.headless} and {@code app.voicemail}, which in turn use the small services next to it
   *       ({@code AppHome}, {@code SoundDevices}, {@code LiveCalls}, {@code ScreeningModule},
   *       {@code NumberInput}). Edges out of these four wiring types are ignored.
   * </ul>
   */
  @Test
  void noPackageCycles() {
    slices()
        .matching("dev.vorzimmer.(**)")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            resideInAnyPackage(
                "dev.vorzimmer.sip", "dev.vorzimmer.media", "dev.vorzimmer.screening"),
            resideInAnyPackage(
                "dev.vorzimmer.sip.internal..",
                "dev.vorzimmer.media.internal..",
                "dev.vorzimmer.screening.internal.."))
        .ignoreDependency(compositionRoot(), DescribedPredicate.alwaysTrue())
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> compositionRoot() {
    return DescribedPredicate.describe(
        "the app's wiring types (Main, Phone, PhoneRunner, DesktopFrontend)",
        c -> {
          String top = c.getName().replaceAll("\\$.*", "");
          return top.equals("dev.vorzimmer.app.Main")
              || top.equals("dev.vorzimmer.app.Phone")
              || top.equals("dev.vorzimmer.app.PhoneRunner")
              || top.equals("dev.vorzimmer.app.DesktopFrontend");
        });
  }
}
