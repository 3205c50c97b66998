package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.Transport;
import dev.vorzimmer.sip.internal.AdvertisedAddress;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/**
 * What the SIP components share: the provider, the factories, our listening points and the single
 * event thread ({@code events}), which also runs all timers. {@code listenHost} is where we bind
 * (maybe a wildcard); {@code advertised} is what our messages say (never a wildcard).
 */
record SipContext(
    SipProvider provider,
    MessageFactory messages,
    HeaderFactory headers,
    AddressFactory addresses,
    Map<Transport, ListeningPoint> listeningPoints,
    ScheduledExecutorService events,
    String listenHost,
    int listenPort,
    AdvertisedAddress advertised) {

  /** Our listening point for the transport. */
  ListeningPoint listeningPoint(Transport transport) {
    return listeningPoints.get(transport);
  }
}
