package dev.vorzimmer.sip;

/** Where the registration with the provider stands. */
public enum RegistrationState {
  /** Not registered and not trying (before start, or after shutdown). */
  UNREGISTERED,
  /** A REGISTER is under way. */
  REGISTERING,
  /** The registrar accepted our contact; refreshes happen on their own. */
  REGISTERED,
  /**
   * The registrar was unreachable or failed; another attempt is scheduled (see {@link
   * RegistrationEvent#retryIn()}).
   */
  RETRYING,
  /**
   * The registrar rejected our credentials; nothing more is tried until {@link
   * SipAgent#reRegister()}.
   */
  AUTH_FAILED,
  /** Removing our contact from the registrar (shutdown). */
  UNREGISTERING,
  /** No account configured: the agent is reachable directly at {@link SipAgent#localUri()}. */
  LOCAL_LINE
}
