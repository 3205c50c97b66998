/** Read-only sync of CardDAV address books (Nextcloud, iCloud, Radicale, a FRITZ!Box list). */
package dev.vorzimmer.app.carddav;
