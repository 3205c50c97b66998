package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.SipSettings;
import dev.vorzimmer.sip.Transport;
import dev.vorzimmer.sip.internal.LocalAddress;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sip.ListeningPoint;
import javax.sip.PeerUnavailableException;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JAIN-SIP stack with UDP and TCP listening points on the same address and port (UDP and TLS for
 * a TLS account: TLS and TCP cannot share a port), one provider, and the event thread. Created
 * directly (not through the global {@code SipFactory}) so agents stay independent.
 */
final class StackResources implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StackResources.class);

  /** The receive buffer asked for the SIP UDP socket, in bytes. */
  private static final int UDP_RECEIVE_BUFFER = 1 << 20;

  private final SipStack stack;
  private final SipContext context;
  private final EventThread events;
  private final Optional<TlsNetworkLayer> tls;

  private StackResources(
      SipStack stack, SipContext context, EventThread events, Optional<TlsNetworkLayer> tls) {
    this.stack = stack;
    this.context = context;
    this.events = events;
    this.tls = tls;
  }

  /** The TLS sockets of a TLS account, else empty. */
  Optional<TlsNetworkLayer> tls() {
    return tls;
  }

  SipStack stack() {
    return stack;
  }

  SipContext context() {
    return context;
  }

  /** Builds the stack and binds; on failure everything created so far is released again. */
  static StackResources open(SipSettings settings, LocalAddress.Chooser chooser)
      throws IOException {
    Optional<TlsNetworkLayer> tls = tlsLayer(settings);
    SipStack stack = newStack(tls);
    Transport stream = tls.isPresent() ? Transport.TLS : Transport.TCP;
    Map<Transport, ListeningPoint> points = new EnumMap<>(Transport.class);
    try {
      for (Transport transport : List.of(Transport.UDP, stream)) {
        points.put(transport, listen(stack, settings, transport));
      }
      SipProvider provider = stack.createSipProvider(points.get(Transport.UDP));
      provider.addListeningPoint(points.get(stream));
      provider.setAutomaticDialogSupportEnabled(false);
      stack.start();
      EventThread events = new EventThread("vorzimmer-sip-" + settings.listenPort());
      tls.ifPresent(layer -> layer.connector().neverBlock(events::isCurrentThread));
      SipContext context =
          new SipContext(
              provider,
              new MessageFactoryImpl(),
              new HeaderFactoryImpl(),
              new AddressFactoryImpl(),
              Map.copyOf(points),
              events,
              settings.listenHost(),
              settings.listenPort(),
              Peers.advertised(settings, chooser));
      return new StackResources(stack, context, events, tls);
    } catch (SipException e) {
      stack.stop();
      throw new IOException(
          "cannot start SIP on "
              + settings.listenHost()
              + ":"
              + settings.listenPort()
              + ": "
              + Transactions.describe(e),
          e);
    } catch (IOException | RuntimeException e) {
      stack.stop();
      throw e;
    }
  }

  @Override
  public void close() {
    events.shutdownNow();
    tls.ifPresent(layer -> layer.connector().close());
    try {
      if (!events.awaitTermination(2, TimeUnit.SECONDS)) {
        LOG.warn("SIP event thread did not stop within 2 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      stack.stop();
    } catch (RuntimeException e) {
      // JAIN-SIP 1.3.0-91: stopping right after start can hit a UDP processor that has not
      // finished starting (NPE on its channel list). The stack is unusable either way; say so.
      LOG.warn(
          "JAIN-SIP did not stop cleanly ({}); its sockets close with the process", e.toString());
    }
  }

  private static ListeningPoint listen(SipStack stack, SipSettings settings, Transport transport)
      throws IOException {
    try {
      return stack.createListeningPoint(
          settings.listenHost(), settings.listenPort(), transport.sipName());
    } catch (javax.sip.InvalidArgumentException | javax.sip.TransportNotSupportedException e) {
      throw new IOException(
          "cannot listen for SIP on "
              + settings.listenHost()
              + ":"
              + settings.listenPort()
              + "/"
              + transport
              + " (port in use or address not local?): "
              + Transactions.describe(e),
          e);
    }
  }

  private static Optional<TlsNetworkLayer> tlsLayer(SipSettings settings) throws IOException {
    Optional<AccountConfig> account =
        settings.account().filter(a -> a.transport() == Transport.TLS);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    java.net.InetAddress bind = java.net.InetAddress.getByName(settings.listenHost());
    return Optional.of(
        TlsNetworkLayer.create(
            account.get().caFile(),
            account.get().firstHop().host(),
            TlsNetworkLayer.HANDSHAKE_TIMEOUT,
            bind.isAnyLocalAddress() ? null : bind));
  }

  private static SipStack newStack(Optional<TlsNetworkLayer> tls) throws IOException {
    Properties properties = new Properties();
    if (tls.isPresent()) {
      properties.setProperty(
          "gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", String.join(",", TlsNetworkLayer.PROTOCOLS));
      properties.setProperty(
          "gov.nist.javax.sip.ENABLED_CIPHER_SUITES",
          String.join(",", tls.get().defaultCipherSuites()));
      properties.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
    } else {
      properties.setProperty("gov.nist.javax.sip.NETWORK_LAYER", PlainNetworkLayer.class.getName());
      properties.setProperty(
          "gov.nist.javax.sip.SECURITY_MANAGER_PROVIDER", PlainNetworkLayer.NoKeys.class.getName());
    }
    properties.setProperty("javax.sip.STACK_NAME", "vorzimmer-" + UUID.randomUUID());
    properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
    properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
    properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
    properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
    properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "1");
    properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "false");
    properties.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
    // JAIN-SIP would size the UDP socket's receive buffer to 64 KiB: of 500 requests arriving at
    // once about 130 were dropped, each answered only after the sender's retransmission 500 ms
    // later (UdpBurstIT). The kernel grants at most net.core.rmem_max (208 KiB on a default Debian,
    // then doubled).
    properties.setProperty(
        "gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(UDP_RECEIVE_BUFFER));
    try {
      return tls.isPresent() ? new TlsStack(properties, tls.get()) : new SipStackImpl(properties);
    } catch (javax.sip.PeerUnavailableException e) {
      throw new IOException("cannot create the SIP stack: " + Transactions.describe(e), e);
    }
  }

  /** A stack whose sockets come from our {@link TlsNetworkLayer}. */
  private static final class TlsStack extends SipStackImpl {
    TlsStack(Properties properties, TlsNetworkLayer layer) throws PeerUnavailableException {
      super(properties);
      this.networkLayer = layer;
    }
  }
}
