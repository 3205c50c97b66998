package dev.vorzimmer.screening;

/** Which list an entry belongs to. */
public enum ListKind {
  /** Calls matching the entry are rejected (unless an allow entry or a contact matches). */
  BLOCK,
  /** Calls matching the entry ring, even if a block range covers them. */
  ALLOW
}
