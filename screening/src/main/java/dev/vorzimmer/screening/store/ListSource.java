package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.ListKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A bulk list: many exact numbers sharing metadata, kept in a binary sidecar file next to the
 * database rather than one row per number.
 *
 * @param id store id (also the {@code id} of the list entries it yields)
 * @param name source name, e.g. {@code import:callcentres.txt}
 * @param kind block or allow
 * @param reason reason shared by all numbers
 * @param file the sidecar file
 * @param count numbers in the file
 * @param created when imported
 * @param expires when the whole list stops applying; empty = forever
 */
public record ListSource(
    long id,
    String name,
    ListKind kind,
    String reason,
    Path file,
    int count,
    Instant created,
    Optional<Instant> expires) {}
