package dev.vorzimmer.ui.incall;

import dev.vorzimmer.app.view.Callers;
import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallSecurity;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who is ringing, as the incoming-call view shows it: the contact's name (or the formatted number),
 * caller info and the screening reasons. Built off the EDT.
 */
record IncomingCaller(
    String callId,
    String title,
    String number,
    String info,
    List<String> reasons,
    Optional<byte[]> photo,
    Optional<Contact> contact,
    Optional<String> e164,
    int ringSeconds,
    CallSecurity security) {

  /**
   * @param contactOf the contact of an E.164 number, if there is one
   * @param ringSeconds how long the call rings before the answering machine takes it (0: unknown)
   */
  static IncomingCaller of(
      CallEvent event,
      Callers callers,
      Function<String, Optional<Contact>> contactOf,
      ReasonTexts words,
      int ringSeconds) {
    java.util.Locale language = words.locale();
    Optional<Decision> decided = callers.decision(event.callId());
    CallerInfo info =
        decided
            .map(Decision::callerInfo)
            .orElseGet(() -> callers.describe(event.peer()))
            .withPlaces(callers.places(), language);
    List<String> reasons = words.render(decided.map(Decision::reasons).orElse(List.of()));
    Optional<Contact> contact = info.e164().flatMap(contactOf);
    String title =
        contact
            .map(Contact::name)
            .orElseGet(
                () ->
                    event.displayName() == null || event.displayName().isBlank()
                        ? words.number(info.displayNumber())
                        : event.displayName());
    return new IncomingCaller(
        event.callId(),
        title,
        words.number(info.displayNumber()),
        words.render(info.details()),
        reasons,
        contact.flatMap(Contact::photo),
        contact,
        info.e164(),
        ringSeconds,
        event.security());
  }
}
