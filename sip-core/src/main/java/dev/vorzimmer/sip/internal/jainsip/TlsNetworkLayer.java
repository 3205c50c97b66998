package dev.vorzimmer.sip.internal.jainsip;

import gov.nist.core.net.DefaultNetworkLayer;
import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * JAIN-SIP's sockets for an agent with a TLS account. Plain sockets are the stack's defaults; a TLS
 * connection is opened here completely before the stack sees it: TCP connect, then the handshake
 * (TLS 1.3 or 1.2 only, the JDK's default cipher suites, SNI) within {@link #HANDSHAKE_TIMEOUT},
 * the certificate checked by {@link TlsTrust} against the provider's configured host NAME (RFC
 * 5922: the proxy or registrar as written, also when DNS SRV led to another target), never its IP.
 * Any failure is a {@link Failure} naming the peer and the reason; nothing is ever sent without
 * TLS. The connection handed to the stack reports its end to {@code onClosed}.
 */
final class TlsNetworkLayer implements NetworkLayer {

  /** A handshake that has not finished after this long is given up. */
  static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(5);

  static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  /** Why a TLS connection was not made; its message is the status line. */
  static final class Failure extends SSLHandshakeException {
    private static final long serialVersionUID = 1L;

    Failure(String message, Throwable cause) {
      super(message);
      initCause(cause);
    }
  }

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(TlsNetworkLayer.class);

  private final NetworkLayer plain = DefaultNetworkLayer.SINGLETON;
  private final SSLContext context;
  private final String serverName;
  private final int timeoutMillis;
  private final TlsConnector connector;
  private volatile Consumer<InetSocketAddress> onClosed = address -> {};

  private TlsNetworkLayer(
      SSLContext context, String serverName, Duration timeout, InetAddress bindAddress) {
    this.context = context;
    this.serverName = serverName;
    this.timeoutMillis = (int) timeout.toMillis();
    this.connector = new TlsConnector(peer -> open(peer.getAddress(), peer.getPort(), bindAddress));
  }

  /**
   * Trusting the system's CAs plus those of {@code caFile}; certificates must be for {@code
   * serverName}. Connections the {@link #connector()} opens leave from {@code bindAddress} (null:
   * any).
   */
  static TlsNetworkLayer create(
      Optional<Path> caFile, String serverName, Duration timeout, InetAddress bindAddress)
      throws IOException {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {TlsTrust.create(caFile)}, new SecureRandom());
      return new TlsNetworkLayer(context, serverName, timeout, bindAddress);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** Who hears that a TLS connection ended (read end or error); called on the reader's thread. */
  void onClosed(Consumer<InetSocketAddress> listener) {
    this.onClosed = listener;
  }

  /** The cipher suites the JDK enables by default (no anonymous or NULL suites). */
  String[] defaultCipherSuites() {
    return context.getDefaultSSLParameters().getCipherSuites();
  }

  /**
   * Off the SIP event thread: the connection the {@link #connector()} parked for this peer, else a
   * new one (connect and handshake here). On the event thread only a parked one; without it the
   * send fails at once (and the connector starts connecting), so that thread never waits.
   */
  @Override
  public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress myAddress)
      throws IOException {
    InetSocketAddress remote = new InetSocketAddress(address, port);
    SSLSocket ssl = connector.take(remote);
    if (ssl == null && connector.mustNotBlock()) {
      connector.connect(remote);
      throw new Failure("not yet connected to " + describe(remote) + " over TLS", null);
    }
    if (ssl == null) {
      ssl = open(address, port, myAddress);
    }
    TlsSocket socket = new TlsSocket(ssl, () -> onClosed.accept(remote));
    connector.inUse(remote, socket);
    return socket;
  }

  /** Opens connections ahead of the sends that need them, off the SIP event thread. */
  TlsConnector connector() {
    return connector;
  }

  private String describe(InetSocketAddress remote) {
    String ip = remote.getAddress().getHostAddress();
    return serverName
        + " ("
        + (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip)
        + ":"
        + remote.getPort()
        + ")";
  }

  /**
   * TCP connect, then the handshake, each within the time-out; any failure is a {@link Failure}.
   */
  private SSLSocket open(InetAddress address, int port, InetAddress myAddress) throws IOException {
    String peer = describe(new InetSocketAddress(address, port));
    Socket raw = new Socket();
    SSLSocket ssl = null;
    try {
      if (myAddress != null) {
        raw.bind(new InetSocketAddress(myAddress, 0));
      }
      raw.connect(new InetSocketAddress(address, port), timeoutMillis);
      ssl = (SSLSocket) context.getSocketFactory().createSocket(raw, serverName, port, true);
      SSLParameters parameters = ssl.getSSLParameters();
      parameters.setProtocols(PROTOCOLS);
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      ssl.setSSLParameters(parameters);
      ssl.setSoTimeout(timeoutMillis);
      ssl.startHandshake();
      ssl.setSoTimeout(0);
      return ssl;
    } catch (IOException e) {
      closeQuietly(ssl != null ? ssl : raw);
      throw failure(peer, e);
    }
  }

  private Failure failure(String peer, IOException e) {
    if (!(e instanceof javax.net.ssl.SSLException) && !(e instanceof SocketTimeoutException)) {
      return new Failure("cannot connect to " + peer + ": " + Transactions.describe(e), e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TlsTrust.Refusal refusal) {
        return new Failure("TLS refused for " + peer + ": " + refusal.getMessage(), e);
      }
      if (t instanceof SocketTimeoutException) {
        return new Failure(
            peer
                + " accepted the connection but did not complete the TLS handshake within "
                + timeoutMillis / 1000
                + " s",
            e);
      }
    }
    return new Failure("TLS handshake with " + peer + " failed: " + Transactions.describe(e), e);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("closing a failed TLS connection failed too: {}", e.toString());
    }
  }

  @Override
  public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
    return createSSLSocket(address, port, null);
  }

  /**
   * Our TLS listening point: without a certificate of ours no peer can complete a handshake with
   * it; calls arrive over the connection our REGISTER opened (RFC 5923 alias).
   */
  @Override
  public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress)
      throws IOException {
    SSLServerSocket socket =
        (SSLServerSocket)
            context.getServerSocketFactory().createServerSocket(port, backlog, bindAddress);
    socket.setEnabledProtocols(PROTOCOLS);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress)
      throws IOException {
    return plain.createServerSocket(port, backlog, bindAddress);
  }

  @Override
  public Socket createSocket(InetAddress address, int port) throws IOException {
    return plain.createSocket(address, port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress myAddress)
      throws IOException {
    return plain.createSocket(address, port, myAddress);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress myAddress, int myPort)
      throws IOException {
    return plain.createSocket(address, port, myAddress, myPort);
  }

  @Override
  public DatagramSocket createDatagramSocket() throws SocketException {
    return plain.createDatagramSocket();
  }

  @Override
  public DatagramSocket createDatagramSocket(int port, InetAddress address) throws SocketException {
    return plain.createDatagramSocket(port, address);
  }

  @Override
  public void setSipStack(SipStackImpl stack) {
    // configured through its constructor; the stack is not needed
  }
}
