package dev.vorzimmer.screening;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reasons in English words, for tests that compare with what a user reads. */
public final class Words {
  private static final ReasonTexts EN = ReasonTexts.of(Locale.ENGLISH);

  private Words() {}

  public static String en(Reason reason) {
    return EN.render(reason);
  }

  public static List<String> en(List<Reason> reasons) {
    return EN.render(reasons);
  }

  public static Optional<String> en(Optional<Reason> reason) {
    return reason.map(EN::render);
  }
}
