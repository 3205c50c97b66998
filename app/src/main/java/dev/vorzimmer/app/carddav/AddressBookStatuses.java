package dev.vorzimmer.app.carddav;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The latest {@link AddressBookStatus} per address book of a running phone. Written by the sync
 * (maintenance thread), read by the window; listeners run on the writing thread and must re-post to
 * their own.
 */
public final class AddressBookStatuses {
  private final Map<URI, AddressBookStatus> latest = new ConcurrentHashMap<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** Records {@code status} as the book's latest and tells the listeners. */
  public void record(AddressBookStatus status) {
    latest.put(status.book(), status);
    listeners.forEach(Runnable::run);
  }

  /** The latest status of every book synced so far, by URL. */
  public List<AddressBookStatus> all() {
    List<AddressBookStatus> all = new ArrayList<>(latest.values());
    all.sort((a, b) -> a.book().toString().compareTo(b.book().toString()));
    return all;
  }

  /** {@code listener} runs after each {@link #record}. */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }
}
