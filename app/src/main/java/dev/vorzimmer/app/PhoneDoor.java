package dev.vorzimmer.app;

import dev.vorzimmer.app.door.BadDialUriException;
import dev.vorzimmer.app.door.DialUri;
import dev.vorzimmer.app.door.Door;
import dev.vorzimmer.app.door.DoorRequest;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * What the running phone does with a request handed through its {@link Door}: with a window, the
 * window comes to the front (and dials the target from its dial bar, which asks before a costly
 * number); headless, the call starts and a line says so, except to a premium-rate, mass-traffic or
 * directory-service number, which is refused (nobody is there to ask).
 */
final class PhoneDoor implements Door.Handler {
  private final Phone phone;
  private final Optional<DesktopFrontend> window;
  private final PrintStream out;

  PhoneDoor(Phone phone, Optional<DesktopFrontend> window, PrintStream out) {
    this.phone = phone;
    this.window = window;
    this.out = out;
  }

  @Override
  public DoorRequest.Reply handle(DoorRequest request) {
    if (request.dial().isEmpty()) {
      if (window.isEmpty()) {
        return new DoorRequest.Reply(false, "it runs headless: there is no window to show");
      }
      window.get().request(Optional.empty());
      return new DoorRequest.Reply(true, "its window is in front");
    }
    String target;
    try {
      target = DialUri.parse(request.dial().get()); // checked again: anything may write to a socket
    } catch (BadDialUriException e) {
      return new DoorRequest.Reply(false, e.getMessage());
    }
    Optional<PhoneLine> line =
        request.line().isEmpty()
            ? Optional.of(phone.lines().defaultLine())
            : phone.lines().line(request.line().get());
    if (line.isEmpty()) {
      return new DoorRequest.Reply(false, unknownLine(request.line().get()));
    }
    if (window.isPresent()) {
      window.get().request(Optional.of(target), line.get().name());
      return new DoorRequest.Reply(true, "dialling " + target + " in its window" + on(line.get()));
    }
    String dial = dialable(target);
    Optional<String> risk =
        CallbackRisk.of(phone.screening(), dial)
            .map(
                r ->
                    dev.vorzimmer.screening.ReasonTexts.of(java.util.Locale.getDefault())
                        .render(r));
    if (risk.isPresent()) { // nobody here to ask: never a costly call from a click
      out.println("not calling " + dial + ": " + risk.get());
      return new DoorRequest.Reply(
          false,
          "not calling "
              + dial
              + ": "
              + risk.get()
              + " (the phone runs headless; 'vorzimmer call --yes' calls it anyway)");
    }
    try {
      line.get().agent().call(dial);
    } catch (IllegalArgumentException | IllegalStateException e) {
      out.println("cannot call " + dial + ": " + e.getMessage());
      return new DoorRequest.Reply(false, "cannot call " + dial + ": " + e.getMessage());
    }
    out.println("calling " + dial + on(line.get()));
    out.flush();
    return new DoorRequest.Reply(true, "calling " + dial + on(line.get()));
  }

  /** " on line Office" with several lines, else "" (a single line is not worth naming). */
  private String on(PhoneLine line) {
    return phone.lines().several() ? " on line " + line.name() : "";
  }

  /** Why {@code name} is refused, naming the lines there are. */
  private String unknownLine(String name) {
    List<String> names = phone.lines().all().stream().map(PhoneLine::name).toList();
    if (names.equals(List.of(""))) {
      return "there is no line \"" + name + "\": this phone has no account (a local line)";
    }
    return "there is no line \"" + name + "\"; the lines are: " + String.join(", ", names);
  }

  /** SIP URIs as they are; numbers read against the home region (extensions stay as written). */
  private String dialable(String target) {
    if (target.regionMatches(true, 0, "sip", 0, 3)) {
      return target;
    }
    return phone.screening().numbers().number(target).orElse(target);
  }
}
