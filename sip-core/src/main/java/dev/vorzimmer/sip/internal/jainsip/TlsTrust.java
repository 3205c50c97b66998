package dev.vorzimmer.sip.internal.jainsip;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Which server certificates we accept for SIP over TLS: a chain to a CA of the system's trust store
 * (the JDK default trust manager's issuers) or of the account's {@code ca_file}, valid now, for the
 * host name we connected to (checked by the JDK's endpoint identification, set on the socket by
 * {@link TlsNetworkLayer}). Never anything else: a refusal is a {@link Refusal} whose message says
 * why in words for the status line (expired, wrong name, unknown CA).
 */
final class TlsTrust extends X509ExtendedTrustManager {

  /** A certificate we refuse, with the reason as the user should read it. */
  static final class Refusal extends CertificateException {
    private static final long serialVersionUID = 1L;

    Refusal(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final X509ExtendedTrustManager delegate;

  private TlsTrust(X509ExtendedTrustManager delegate) {
    this.delegate = delegate;
  }

  /**
   * The system's trusted CAs plus those in {@code caFile} (PEM or DER, one or more certificates).
   *
   * @throws IOException when the file cannot be read or holds no certificate (message names it)
   */
  static TlsTrust create(Optional<Path> caFile) throws IOException {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (X509Certificate ca : systemDefault().getAcceptedIssuers()) {
        store.setCertificateEntry("system-" + n++, ca);
      }
      if (caFile.isPresent()) {
        for (X509Certificate ca : readCertificates(caFile.get())) {
          store.setCertificateEntry("ca-file-" + n++, ca);
        }
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return new TlsTrust(extended(factory.getTrustManagers()));
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot set up the TLS trust store: " + e.getMessage(), e);
    }
  }

  /** The CA certificates in a PEM (or DER) file. */
  static List<X509Certificate> readCertificates(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends Certificate> read =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate c : read) {
        certificates.add((X509Certificate) c);
      }
      if (certificates.isEmpty()) {
        throw new IOException(file + " holds no certificate");
      }
      return certificates;
    } catch (CertificateException e) {
      throw new IOException(file + " is not a PEM certificate file (" + e.getMessage() + ")", e);
    }
  }

  private static X509TrustManager systemDefault() throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    return extended(factory.getTrustManagers());
  }

  private static X509ExtendedTrustManager extended(TrustManager[] managers)
      throws GeneralSecurityException {
    for (TrustManager manager : managers) {
      if (manager instanceof X509ExtendedTrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("the JDK offers no X.509 trust manager");
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    String host = socket.getInetAddress() == null ? "?" : peerName(socket);
    try {
      delegate.checkServerTrusted(chain, authType, socket);
    } catch (CertificateException e) {
      throw explain(chain, authType, host, e);
    }
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    try {
      delegate.checkServerTrusted(chain, authType, engine);
    } catch (CertificateException e) {
      throw explain(chain, authType, engine.getPeerHost(), e);
    }
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("a server certificate is only checked with its host name");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    throw new CertificateException("we accept no TLS clients");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    throw new CertificateException("we accept no TLS clients");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("we accept no TLS clients");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return delegate.getAcceptedIssuers();
  }

  /** The DNS names and IP addresses a certificate is for (else its subject). */
  private static String names(X509Certificate leaf) {
    List<String> names = new ArrayList<>();
    try {
      Collection<List<?>> alternatives = leaf.getSubjectAlternativeNames();
      if (alternatives != null) {
        for (List<?> entry : alternatives) {
          int type = (Integer) entry.get(0);
          if (type == 2 || type == 7) {
            names.add(String.valueOf(entry.get(1)));
          }
        }
      }
    } catch (java.security.cert.CertificateParsingException e) {
      names.add("(unreadable names: " + e.getMessage() + ")");
    }
    return names.isEmpty() ? leaf.getSubjectX500Principal().getName() : String.join(", ", names);
  }

  private static String peerName(Socket socket) {
    if (socket instanceof javax.net.ssl.SSLSocket ssl && ssl.getHandshakeSession() != null) {
      return ssl.getHandshakeSession().getPeerHost();
    }
    return socket.getInetAddress().getHostAddress();
  }

  /**
   * Says why: an expired (or not yet valid) certificate first, then a chain to no CA we trust, else
   * (the chain alone passes) a certificate for other names than {@code host}.
   */
  private Refusal explain(
      X509Certificate[] chain, String authType, String host, CertificateException failure) {
    if (chain == null || chain.length == 0) {
      return new Refusal("the server sent no certificate", failure);
    }
    X509Certificate leaf = chain[0];
    try {
      leaf.checkValidity();
    } catch (CertificateExpiredException e) {
      return new Refusal(
          "its certificate expired on " + leaf.getNotAfter().toInstant().atOffset(ZoneOffset.UTC),
          failure);
    } catch (CertificateNotYetValidException e) {
      return new Refusal(
          "its certificate is not valid before "
              + leaf.getNotBefore().toInstant().atOffset(ZoneOffset.UTC),
          failure);
    }
    try {
      delegate.checkServerTrusted(chain, authType);
    } catch (CertificateException chainFailure) {
      return new Refusal(
          "its certificate is not from a CA we trust (issuer "
              + leaf.getIssuerX500Principal().getName()
              + "; add the provider's CA with [account] ca_file)",
          failure);
    }
    return new Refusal("its certificate is for " + names(leaf) + ", not for " + host, failure);
  }
}
