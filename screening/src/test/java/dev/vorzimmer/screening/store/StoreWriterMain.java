package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Second process for {@link TwoProcessStoreIT}: opens the store, says {@code OPEN}, logs {@code n}
 * calls (one transaction each), adds one block entry, says {@code DONE}.
 */
public final class StoreWriterMain {
  private StoreWriterMain() {}

  public static void main(String[] args) {
    Path db = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    try (ScreeningStore store = ScreeningStore.open(db)) {
      System.out.println("OPEN");
      System.out.flush();
      for (int i = 0; i < n; i++) {
        store
            .callLog()
            .logCall(
                Instant.now(),
                "child-" + i,
                Optional.empty(),
                "child",
                "RING",
                List.of(Reason.legacy("it")),
                "missed");
      }
      store
          .listStore()
          .add("+4930777", ListKind.BLOCK, "from the other process", "cli", Optional.empty());
      System.out.println("DONE");
    }
  }
}
