package dev.vorzimmer.testsupport.sipp;

/**
 * The caller scenarios {@link SippCaller} runs, one bundled template each, named by what the called
 * side is expected to do.
 */
enum UacTemplate {
  /** 180 Ringing, then the caller cancels (200 to CANCEL, 487 to INVITE). */
  RING_THEN_CANCEL("uac-ring-cancel.xml"),
  /** 200 OK with SDP; the caller plays audio or waits, then sends BYE. */
  ANSWER("uac-answered.xml"),
  /** 200 OK with SDP; the caller then waits for the called side's BYE and accepts it. */
  ANSWER_THEN_AWAIT_BYE("uac-answered-await-bye.xml"),
  /**
   * 200 OK; the caller holds (sendonly → expects recvonly), resumes (expects sendrecv), hangs up.
   */
  HOLD_RESUME("uac-hold-resume.xml"),
  /**
   * 200 OK; the called side then holds (expects a=sendonly, answers recvonly) and resumes; the
   * caller hangs up.
   */
  HELD_BY_CALLEE("uac-held-by-callee.xml"),
  /** A final status without answer (403, 486, 488, 603 …), acknowledged. */
  FINAL_STATUS("uac-final.xml");

  final String template;

  UacTemplate(String template) {
    this.template = template;
  }
}
