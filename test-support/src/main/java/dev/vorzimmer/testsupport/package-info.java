/**
 * Real peers for integration tests: a {@link dev.vorzimmer.testsupport.KamailioProcess}
 * registrar/proxy started per test on loopback, and {@link dev.vorzimmer.testsupport.FreePorts}.
 */
package dev.vorzimmer.testsupport;
