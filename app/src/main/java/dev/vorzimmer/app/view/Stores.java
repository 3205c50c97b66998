package dev.vorzimmer.app.view;

import dev.vorzimmer.screening.NumberLists;
import dev.vorzimmer.screening.store.CallBacks;
import dev.vorzimmer.screening.store.CallLog;
import dev.vorzimmer.screening.store.ContactBook;
import dev.vorzimmer.screening.store.DoNotDisturb;
import dev.vorzimmer.screening.store.ListStore;
import dev.vorzimmer.screening.store.MessageIndex;
import dev.vorzimmer.screening.store.RangeProposals;
import dev.vorzimmer.screening.store.ScreeningStore;

/**
 * The parts of the store the views read and edit; opening, closing and migrating the database is
 * not here.
 */
public record Stores(
    ContactBook contactBook,
    ListStore listStore,
    NumberLists lists,
    CallLog callLog,
    MessageIndex messages,
    CallBacks callBacks,
    DoNotDisturb doNotDisturb,
    RangeProposals rangeProposals) {

  /** The parts of {@code store}. */
  public static Stores of(ScreeningStore store) {
    return new Stores(
        store.contactBook(),
        store.listStore(),
        store.lists(),
        store.callLog(),
        store.messages(),
        store.callBacks(),
        store.doNotDisturb(),
        store.rangeProposals());
  }
}
