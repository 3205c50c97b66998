package dev.vorzimmer.sip.internal.jainsip;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A call's media leg (and the caller's offer) changes only through {@link CallSession}'s intent
 * methods, which check the call's state first: no other class calls these {@link SessionMedia}
 * methods. A failure names the class and the call.
 */
class SessionMediaAccessTest {

  private static final Set<String> SESSION_ONLY =
      Set.of(
          "reserved", "willRunFor", "start", "switchTo", "update", "useKeys", "offered", "close");

  @Test
  void onlyTheSessionReservesStartsSwitchesUpdatesOrClosesACallsMedia() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vorzimmer.sip");
    DescribedPredicate<JavaMethodCall> sessionOnly =
        DescribedPredicate.describe(
            "SessionMedia methods only CallSession may call " + SESSION_ONLY,
            call ->
                call.getTargetOwner().isEquivalentTo(SessionMedia.class)
                    && SESSION_ONLY.contains(call.getName()));
    noClasses()
        .that()
        .doNotBelongToAnyOf(CallSession.class, SessionMedia.class)
        .should()
        .callMethodWhere(sessionOnly)
        .check(classes);
  }
}
