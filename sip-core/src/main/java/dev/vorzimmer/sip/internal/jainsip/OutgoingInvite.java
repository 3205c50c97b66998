package dev.vorzimmer.sip.internal.jainsip;

import javax.sip.ClientTransaction;

/**
 * The INVITE transaction of an outgoing call: the current client transaction (a new one after a
 * digest challenge), how many challenges were answered, and a CANCEL waiting for the first
 * provisional response. Confined to the SIP event thread.
 */
final class OutgoingInvite {

  private ClientTransaction transaction;
  private boolean cancelPending;
  private boolean provisionalSeen;
  private int digestChallenges;

  void sent(ClientTransaction current) {
    transaction = current;
  }

  ClientTransaction transaction() {
    return transaction;
  }

  /** Counts a digest challenge; false when {@code max} were answered already. */
  boolean answerDigestChallenge(int max) {
    if (digestChallenges >= max) {
      return false;
    }
    digestChallenges++;
    return true;
  }

  /** The user hung up before any provisional response: CANCEL as soon as one arrives. */
  void cancelOnProvisional() {
    cancelPending = true;
  }

  boolean provisionalSeen() {
    return provisionalSeen;
  }

  /** A provisional response arrived; true if a CANCEL was waiting for it (and is due now). */
  boolean provisionalArrived() {
    provisionalSeen = true;
    boolean due = cancelPending;
    cancelPending = false;
    return due;
  }
}
