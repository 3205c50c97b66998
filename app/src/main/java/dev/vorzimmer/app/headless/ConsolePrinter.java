package dev.vorzimmer.app.headless;

import dev.vorzimmer.app.FloodLines;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.app.voicemail.RobotMessageRanges;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.SipAgentListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

/**
 * The headless console's call and message lines: {@code call from +4930… ended: voicemail — unknown
 * number}, {@code new message 3 from +4930… (12.4 s)}. One line each, flushed at once. Call lines
 * come on the agent's listener thread ({@link SipAgentListener.Delivery#BACKGROUND}), never on the
 * SIP event thread: a console that is slow to take lines must not slow the phone during a flood.
 */
public final class ConsolePrinter implements SipAgentListener, MessageListener {
  /** Rejected calls' lines printed one by one per second; a flood's rest is counted. */
  public static final int REJECTED_LINES_PER_SECOND = 10;

  private final PrintStream out;
  private final BooleanSupplier printRejected;

  /** A console that prints a line for every call. */
  public ConsolePrinter(PrintStream out) {
    this.out = out;
    this.printRejected = () -> true;
  }

  /**
   * A console that prints at most {@value #REJECTED_LINES_PER_SECOND} rejected calls a second one
   * by one and the number of the rest once that second is over ({@link FloodLines}, on {@code
   * summaries}): a flood of robot calls does not scroll the console away.
   */
  public ConsolePrinter(PrintStream out, ScheduledExecutorService summaries) {
    this.out = out;
    this.printRejected =
        new FloodLines(REJECTED_LINES_PER_SECOND, System::nanoTime, summaries, this::printLeftOut)
            ::admit;
  }

  @Override
  public Delivery delivery() {
    return Delivery.BACKGROUND;
  }

  @Override
  public void onCall(CallEvent e) {
    String who = e.peer().isEmpty() ? "(no number)" : e.peer();
    if (e.incoming() && e.state() == CallState.RINGING) {
      line("call from " + who + " ringing — " + e.reason());
    }
    if (e.outcome().isEmpty()) {
      return;
    }
    if (e.incoming()
        && e.outcome().get() == CallOutcome.REJECTED
        && !printRejected.getAsBoolean()) {
      return;
    }
    line(
        "call "
            + (e.incoming() ? "from " : "to ")
            + who
            + " ended: "
            + e.outcome().get().name().toLowerCase(Locale.ROOT)
            + (e.reason().isEmpty() ? "" : " — " + e.reason()));
  }

  @Override
  public void recording(long id, String caller) {
    line("recording message " + id + " from " + display(caller));
  }

  @Override
  public void saved(long id, String caller, Duration duration) {
    line(
        String.format(
            Locale.ROOT,
            "new message %d from %s (%.1f s)",
            id,
            display(caller),
            duration.toMillis() / 1000.0));
  }

  @Override
  public void saved(
      long id, String caller, Duration duration, String triage, boolean probablyRobot) {
    line(
        String.format(
            Locale.ROOT,
            "new message %d from %s (%.1f s, %s)%s",
            id,
            display(caller),
            duration.toMillis() / 1000.0,
            triage,
            probablyRobot ? ": probably a robot, filed under \"Probably robots\"" : ""));
  }

  @Override
  public void robotRange(RobotMessageRanges.Proposal proposal) {
    line("proposal: " + ReasonTexts.of(Locale.ENGLISH).render(proposal.text()));
  }

  @Override
  public void failed(long id, String caller, String why) {
    line("message " + id + " from " + display(caller) + " not recorded: " + why);
  }

  @Override
  public void notRecorded(String caller, Reason why) {
    line(
        "message from "
            + display(caller)
            + " not recorded: "
            + ReasonTexts.of(Locale.ENGLISH).render(why));
  }

  @Override
  public void recovered(int count) {
    line("recovered " + count + " interrupted message" + (count == 1 ? "" : "s"));
  }

  private void printLeftOut(int count) {
    line(count + " more calls rejected in the last second (a flood; vorzimmer calls lists them)");
  }

  private static String display(String caller) {
    return caller.isEmpty() ? "(no number)" : caller;
  }

  private synchronized void line(String text) {
    out.println(text);
    out.flush();
  }
}
