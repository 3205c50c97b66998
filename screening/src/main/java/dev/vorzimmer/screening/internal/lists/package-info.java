/**
 * Memory-compact block/allow lists (packed {@code long} numbers) and their binary sidecar file
 * format.
 */
package dev.vorzimmer.screening.internal.lists;
