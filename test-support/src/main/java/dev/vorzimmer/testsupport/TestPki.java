package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made up for one test: it issues server certificates for Kamailio's TLS
 * listener (good, expired, for another name) and writes PEM files. Nothing is kept after the test;
 * a second {@code TestPki} is a CA the phone does not know.
 */
public final class TestPki {

  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  private final String name;
  private final KeyPair key;
  private final X509Certificate certificate;

  private TestPki(String name, KeyPair key, X509Certificate certificate) {
    this.name = name;
    this.key = key;
    this.certificate = certificate;
  }

  /** A server certificate and its key, as PEM files. */
  public record ServerFiles(Path certificate, Path key) {}

  /** A new self-signed CA named {@code name}, valid from an hour ago for a year. */
  public static TestPki create(String name) {
    try {
      KeyPair key = newKey();
      Instant now = Instant.now();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              new X500Name("CN=" + name),
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(now.minus(Duration.ofHours(1))),
              Date.from(now.plus(Duration.ofDays(365))),
              new X500Name("CN=" + name),
              key.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return new TestPki(name, key, sign(builder, key));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("cannot make a test CA", e);
    }
  }

  /** Writes the CA certificate (PEM) to {@code file}, as a user's {@code ca_file}. */
  public Path writeCa(Path file) throws IOException {
    Files.writeString(file, pem(certificate), StandardCharsets.UTF_8);
    return file;
  }

  /** A certificate for {@code dnsName} (and IP 127.0.0.1), valid from an hour ago for a day. */
  public ServerFiles issue(Path dir, String dnsName) throws IOException {
    Instant now = Instant.now();
    return issue(dir, dnsName, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
  }

  /**
   * A certificate for {@code dnsName} and the IP 127.0.0.1 (so a check against the address instead
   * of the name would pass), valid between the two instants, written to {@code dir}.
   */
  public ServerFiles issue(Path dir, String dnsName, Instant notBefore, Instant notAfter)
      throws IOException {
    return issue(dir, dnsName, "127.0.0.1", notBefore, notAfter);
  }

  /**
   * A certificate valid for a day for {@code dnsName} and the IP {@code ipAddress} (e.g. the
   * network lab's provider address, for a phone configured with that address), written to {@code
   * dir}.
   */
  public ServerFiles issueWithAddress(Path dir, String dnsName, String ipAddress)
      throws IOException {
    Instant now = Instant.now();
    return issue(
        dir, dnsName, ipAddress, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
  }

  private ServerFiles issue(
      Path dir, String dnsName, String ipAddress, Instant notBefore, Instant notAfter)
      throws IOException {
    try {
      KeyPair server = newKey();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              new X500Name("CN=" + name),
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(notBefore),
              Date.from(notAfter),
              new X500Name("CN=" + dnsName),
              server.getPublic());
      List<GeneralName> names = new ArrayList<>();
      names.add(new GeneralName(GeneralName.dNSName, dnsName));
      names.add(new GeneralName(GeneralName.iPAddress, ipAddress));
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(names.toArray(GeneralName[]::new)));
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      X509Certificate issued = sign(builder, key);
      Files.createDirectories(dir);
      Path cert = dir.resolve("server-cert.pem");
      Path keyFile = dir.resolve("server-key.pem");
      Files.writeString(cert, pem(issued) + pem(certificate), StandardCharsets.UTF_8);
      Files.writeString(keyFile, pkcs8(server.getPrivate()), StandardCharsets.UTF_8);
      return new ServerFiles(cert, keyFile);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot issue a test certificate", e);
    }
  }

  private static KeyPair newKey() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
      throws OperatorCreationException, GeneralSecurityException, IOException {
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
  }

  /** The key as PKCS#8 PEM ("PRIVATE KEY"), which OpenSSL 3 reads for every key type. */
  private static String pkcs8(java.security.PrivateKey key) {
    String base64 =
        java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
  }

  private static String pem(Object object) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString();
  }
}
