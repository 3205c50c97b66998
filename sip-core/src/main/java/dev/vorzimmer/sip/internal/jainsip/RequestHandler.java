package dev.vorzimmer.sip.internal.jainsip;

import javax.sip.RequestEvent;

/**
 * Handles incoming requests of one SIP method; registered with the {@link JainSipEngine} per
 * method.
 */
interface RequestHandler {

  /**
   * Answers or otherwise processes the request. Runs on the SIP event thread.
   *
   * @throws Exception if answering failed; the engine logs it with the request context
   */
  void handle(RequestEvent event, SipContext context) throws Exception;
}
