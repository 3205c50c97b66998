package dev.vorzimmer.testsupport.sipp;

import java.nio.file.Path;

/**
 * The outcome of a SIPp run.
 *
 * @param exitCode SIPp's exit status: 0 = every call followed the scenario, 1 = some failed,
 *     97/99/255 = aborted
 * @param errors SIPp's unexpected-message log (empty when all went as scripted)
 * @param output the end of SIPp's own output when it failed (e.g. a port it could not bind), else
 *     empty
 * @param statsFile SIPp's statistics CSV (response times, failures)
 */
public record SippResult(int exitCode, String errors, String output, Path statsFile) {
  /** True when every call went as the scenario expected. */
  public boolean allCallsSucceeded() {
    return exitCode == 0;
  }

  @Override
  public String toString() {
    return "SIPp exit "
        + exitCode
        + (errors.isBlank() ? "" : "\n" + errors)
        + (output.isBlank() ? "" : "\nSIPp output ends with:\n" + output);
  }
}
