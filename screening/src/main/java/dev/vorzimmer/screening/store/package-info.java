/**
 * The screening store: contacts, block/allow lists (single rows plus bulk sidecar files), call log
 * and answering-machine message index in one SQLite file, usable by two processes at once. Entry
 * point: {@link dev.vorzimmer.screening.store.ScreeningStore#open(java.nio.file.Path)}.
 */
package dev.vorzimmer.screening.store;
