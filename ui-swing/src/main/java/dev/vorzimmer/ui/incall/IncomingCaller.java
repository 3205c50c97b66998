package dev.vorzimmer.ui.incall;

import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.ScreeningPolicy;
import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallSecurity;
import java.util.List;
import java.util.Optional;

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
   * @param ringSeconds how long the call rings before the answering machine takes it (0: unknown)
   */
  static IncomingCaller of(CallEvent event, Phone phone, ReasonTexts words, int ringSeconds) {
    java.util.Locale language = words.locale();
    Optional<ScreeningPolicy.Logged> logged = phone.decision(event.callId());
    CallerInfo info =
        logged
            .map(l -> l.decision().callerInfo())
            .orElseGet(() -> phone.screening().screener().describe(event.peer()))
            .withPlaces(phone.screening().places(), language);
    List<String> reasons = words.render(logged.map(l -> l.decision().reasons()).orElse(List.of()));
    Optional<Contact> contact =
        info.e164().flatMap(n -> phone.screening().store().contactBook().findByNumber(n));
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
