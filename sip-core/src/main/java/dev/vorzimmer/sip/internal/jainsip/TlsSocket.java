package dev.vorzimmer.sip.internal.jainsip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import javax.net.ssl.HandshakeCompletedEvent;
import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A TLS connection whose handshake {@link TlsNetworkLayer} already completed, as JAIN-SIP gets it.
 * The stack asks each new socket to start its handshake and sets its own protocols and suites: here
 * that changes nothing (a second handshake would be a TLS 1.2 renegotiation that providers refuse),
 * and a handshake listener hears at once that it is done. The end of the input (the peer closed, or
 * a read failed) closes it and is reported once to {@code onClosed}. It notes when it last read
 * anything (a SIP message or the CRLF pong answering a keep-alive), so that {@link KeepAlive} can
 * tell a connection that silently stopped answering and {@link #abandon} it; that reading side is
 * {@link TlsReadWatch}.
 */
final class TlsSocket extends SSLSocket {

  private final SSLSocket socket;
  private final TlsReadWatch watch;
  private final InputStream in;

  TlsSocket(SSLSocket socket, Runnable onClosed) throws IOException {
    this.socket = socket;
    this.watch = new TlsReadWatch(socket, onClosed);
    this.in = watch.watch(socket.getInputStream());
  }

  /** Nanoseconds ({@link System#nanoTime()}) since anything was last read, or since the connect. */
  long nanosSinceLastRead() {
    return watch.nanosSinceLastRead();
  }

  /**
   * Closes a connection we gave up on without reporting it to {@code onClosed}: whoever abandons it
   * already knows and acts (registers again).
   */
  void abandon() {
    watch.abandon();
  }

  @Override
  public void startHandshake() {
    // completed before the stack got this socket
  }

  @Override
  public void addHandshakeCompletedListener(HandshakeCompletedListener listener) {
    listener.handshakeCompleted(new HandshakeCompletedEvent(this, socket.getSession()));
  }

  @Override
  public void removeHandshakeCompletedListener(HandshakeCompletedListener listener) {
    // nothing was registered
  }

  @Override
  public void setEnabledCipherSuites(String[] suites) {
    // chosen by TlsNetworkLayer before the handshake
  }

  @Override
  public void setEnabledProtocols(String[] protocols) {
    // chosen by TlsNetworkLayer before the handshake
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return socket.getSupportedCipherSuites();
  }

  @Override
  public String[] getEnabledCipherSuites() {
    return socket.getEnabledCipherSuites();
  }

  @Override
  public String[] getSupportedProtocols() {
    return socket.getSupportedProtocols();
  }

  @Override
  public String[] getEnabledProtocols() {
    return socket.getEnabledProtocols();
  }

  @Override
  public SSLSession getSession() {
    return socket.getSession();
  }

  @Override
  public SSLParameters getSSLParameters() {
    return socket.getSSLParameters();
  }

  @Override
  public void setUseClientMode(boolean mode) {
    // a client connection, fixed
  }

  @Override
  public boolean getUseClientMode() {
    return true;
  }

  @Override
  public void setNeedClientAuth(boolean need) {
    // client side: not applicable
  }

  @Override
  public boolean getNeedClientAuth() {
    return false;
  }

  @Override
  public void setWantClientAuth(boolean want) {
    // client side: not applicable
  }

  @Override
  public boolean getWantClientAuth() {
    return false;
  }

  @Override
  public void setEnableSessionCreation(boolean flag) {
    socket.setEnableSessionCreation(flag);
  }

  @Override
  public boolean getEnableSessionCreation() {
    return socket.getEnableSessionCreation();
  }

  @Override
  public InputStream getInputStream() {
    return in;
  }

  @Override
  public OutputStream getOutputStream() throws IOException {
    return socket.getOutputStream();
  }

  @Override
  public synchronized void close() throws IOException {
    socket.close();
  }

  @Override
  public boolean isClosed() {
    return socket.isClosed();
  }

  @Override
  public boolean isConnected() {
    return socket.isConnected();
  }

  @Override
  public boolean isBound() {
    return socket.isBound();
  }

  @Override
  public InetAddress getInetAddress() {
    return socket.getInetAddress();
  }

  @Override
  public int getPort() {
    return socket.getPort();
  }

  @Override
  public InetAddress getLocalAddress() {
    return socket.getLocalAddress();
  }

  @Override
  public int getLocalPort() {
    return socket.getLocalPort();
  }

  @Override
  public SocketAddress getLocalSocketAddress() {
    return socket.getLocalSocketAddress();
  }

  @Override
  public SocketAddress getRemoteSocketAddress() {
    return socket.getRemoteSocketAddress();
  }

  @Override
  public synchronized void setSoTimeout(int timeout) throws SocketException {
    socket.setSoTimeout(timeout);
  }

  @Override
  public synchronized int getSoTimeout() throws SocketException {
    return socket.getSoTimeout();
  }

  @Override
  public void setTcpNoDelay(boolean on) throws SocketException {
    socket.setTcpNoDelay(on);
  }

  @Override
  public void setKeepAlive(boolean on) throws SocketException {
    socket.setKeepAlive(on);
  }

  @Override
  public void setSoLinger(boolean on, int linger) throws SocketException {
    socket.setSoLinger(on, linger);
  }

  @Override
  public void shutdownInput() throws IOException {
    socket.shutdownInput();
  }

  @Override
  public void shutdownOutput() throws IOException {
    socket.shutdownOutput();
  }

  @Override
  public String toString() {
    return "TLS " + socket.getLocalSocketAddress() + " -> " + socket.getRemoteSocketAddress();
  }
}
