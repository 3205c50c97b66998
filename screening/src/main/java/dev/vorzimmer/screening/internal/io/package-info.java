/** Reading and writing text/CSV block lists and vCard contacts. */
package dev.vorzimmer.screening.internal.io;
