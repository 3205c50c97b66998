package dev.vorzimmer.ui.calls;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.store.ScreeningStore;
import dev.vorzimmer.ui.common.UiContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the call log as rows (off the EDT): contact names from one contact query, numbers described
 * offline.
 */
public final class CallRows {
  static final int LIMIT = 500;

  private CallRows() {}

  static List<CallRow> load(UiContext ctx) {
    ScreeningStore store = ctx.store();
    CallRow.Lookup lookup = lookup(ctx);
    return store.callLog().recentCalls(LIMIT).stream()
        .map(e -> CallRow.of(e, lookup, ctx.texts(), ctx.zone()))
        .toList();
  }

  /** Contact names and offline number descriptions, as of now. */
  public static CallRow.Lookup lookup(UiContext ctx) {
    Map<String, String> names = new HashMap<>();
    for (Contact c : ctx.store().contactBook().list()) {
      c.numbers().forEach(n -> names.putIfAbsent(n, c.name()));
    }
    return new CallRow.Lookup() {
      @Override
      public Optional<String> contactName(String e164) {
        return Optional.ofNullable(names.get(e164));
      }

      @Override
      public CallerInfo describe(String rawNumber) {
        return ctx.phone()
            .screening()
            .screener()
            .describe(rawNumber)
            .withPlaces(ctx.phone().screening().places(), ctx.texts().locale());
      }
    };
  }
}
