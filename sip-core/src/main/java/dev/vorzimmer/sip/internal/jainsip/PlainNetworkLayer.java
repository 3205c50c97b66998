package dev.vorzimmer.sip.internal.jainsip;

import gov.nist.core.net.NetworkLayer;
import gov.nist.core.net.SecurityManagerProvider;
import gov.nist.javax.sip.SipStackImpl;
import java.io.IOException;
import java.net.ConnectException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Properties;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * The sockets of a stack without TLS (UDP and TCP only). JAIN-SIP's default network layer builds
 * the JVM's default TLS socket factories when its class is first used, which reads the system's
 * trust store: about 0.1 s of every start (docs/BENCHMARKS.md). A stack that never speaks TLS does
 * not need them; an account with {@code transport = "tls"} gets {@link TlsNetworkLayer}. Public
 * with a public constructor: JAIN-SIP creates it from its class name ({@code
 * gov.nist.javax.sip.NETWORK_LAYER}).
 */
public final class PlainNetworkLayer implements NetworkLayer {
  /** How long a TCP connect may take before the request fails. */
  static final int CONNECT_TIMEOUT_MS = 8_000;

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress)
      throws IOException {
    return new ServerSocket(port, backlog, bindAddress);
  }

  @Override
  public Socket createSocket(InetAddress address, int port) throws IOException {
    return createSocket(address, port, null, 0);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress myAddress)
      throws IOException {
    return createSocket(address, port, myAddress, 0);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress myAddress, int myPort)
      throws IOException {
    Socket socket = new Socket();
    try {
      socket.bind(
          myAddress == null ? new InetSocketAddress(myPort) : new InetSocketAddress(myAddress, 0));
      socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MS);
      return socket;
    } catch (SocketTimeoutException e) {
      socket.close();
      throw new ConnectException(
          "no TCP connection to " + address.getHostAddress() + ":" + port + " within 8 s");
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  @Override
  public DatagramSocket createDatagramSocket() throws SocketException {
    return new DatagramSocket();
  }

  @Override
  public DatagramSocket createDatagramSocket(int port, InetAddress bindAddress)
      throws SocketException {
    return new DatagramSocket(port, bindAddress);
  }

  @Override
  public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress)
      throws IOException {
    throw noTls();
  }

  @Override
  public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
    throw noTls();
  }

  @Override
  public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress myAddress)
      throws IOException {
    throw noTls();
  }

  @Override
  public void setSipStack(SipStackImpl stack) {
    // nothing to configure: plain sockets
  }

  /**
   * The key and trust managers of a stack without TLS: none. JAIN-SIP's default provider loads the
   * trust store when the stack is created, whether it will speak TLS or not ({@code
   * gov.nist.javax.sip.SECURITY_MANAGER_PROVIDER}).
   */
  public static final class NoKeys implements SecurityManagerProvider {
    @Override
    public void init(Properties properties) {
      // nothing to load
    }

    @Override
    public KeyManager[] getKeyManagers(boolean client) {
      return new KeyManager[0];
    }

    @Override
    public TrustManager[] getTrustManagers(boolean client) {
      return new TrustManager[0];
    }
  }

  private static IOException noTls() {
    return new IOException("this SIP stack has no TLS (the account's transport is not \"tls\")");
  }
}
