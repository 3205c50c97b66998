package dev.vorzimmer.sip.internal.jainsip;

import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;

/** Receives the outcome of a client transaction we started; attached as its application data. */
interface ClientResponseHandler {

  /** A response (provisional or final) arrived. */
  void onResponse(ResponseEvent event);

  /** The transaction failed without a final response (timeout or network error). */
  void onFailure(ClientTransactionFailure failure);

  /** Why {@code transaction} ended without a final response. */
  record ClientTransactionFailure(ClientTransaction transaction, String reason) {}
}
