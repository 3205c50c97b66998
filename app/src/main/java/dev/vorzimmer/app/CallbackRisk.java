package dev.vorzimmer.app;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.PingCalls;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.store.CallLog;
import java.util.Optional;

/**
 * What calling a number back risks, for the question the window and {@code vorzimmer call} ask
 * before dialling: a premium-rate, mass-traffic or directory-service number costs extra ({@link
 * PingCalls#callbackRisk}), and a number whose call was marked a ping call wants exactly that call
 * back. Reads the call log: not on the EDT or the SIP thread.
 */
public final class CallbackRisk {
  private CallbackRisk() {}

  /**
   * @param dialled the number as typed or stored ({@code "0900 1234567"}, {@code +49…}, {@code
   *     sip:…})
   * @return the risk as a reason, in words e.g. "premium-rate number: a call back can cost up to 3
   *     € a minute or 30 € a call"; empty if calling it is nothing unusual
   */
  public static Optional<Reason> of(Screener screener, CallLog callLog, String dialled) {
    CallerInfo info = screener.normaliser().describe(dialled);
    Optional<Reason> cost =
        new PingCalls(screener.config(), screener.normaliser()).callbackRisk(info);
    if (cost.isPresent() || info.e164().isEmpty()) {
      return cost;
    }
    return callLog.latestMark(info.e164().get());
  }

  /** {@link #of(Screener, CallLog, String)} with the module's screener and call log. */
  public static Optional<Reason> of(ScreeningModule screening, String dialled) {
    return of(screening.screener(), screening.store().callLog(), dialled);
  }
}
