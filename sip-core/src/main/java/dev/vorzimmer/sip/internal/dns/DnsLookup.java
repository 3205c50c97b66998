package dev.vorzimmer.sip.internal.dns;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * DNS queries through the JDK's JNDI DNS provider ({@code com.sun.jndi.dns}). With no server given
 * it asks the system's name servers (and takes addresses from {@link InetAddress}, so {@code
 * /etc/hosts} still counts); with a server ({@code 127.0.0.1:5353}) every query, addresses
 * included, goes to that server only.
 */
public final class DnsLookup {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DnsLookup.class);

  private final Optional<String> server;
  private final int timeoutMillis;
  private final int retries;

  /**
   * @param server {@code host:port} of the only DNS server to ask, or empty for the system's
   * @param timeoutMillis first query timeout (JNDI doubles it per retry)
   * @param retries how many times a query is retried per server
   */
  public DnsLookup(Optional<String> server, int timeoutMillis, int retries) {
    this.server = server;
    this.timeoutMillis = timeoutMillis;
    this.retries = retries;
  }

  /**
   * The record texts of {@code type} at {@code name}; empty when there are none or DNS does not
   * answer.
   */
  List<String> records(String name, String type) throws DnsException {
    Hashtable<String, String> env = new Hashtable<>();
    env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
    env.put("java.naming.provider.url", server.map(s -> "dns://" + s).orElse("dns:"));
    env.put("com.sun.jndi.dns.timeout.initial", Integer.toString(timeoutMillis));
    env.put("com.sun.jndi.dns.timeout.retries", Integer.toString(retries));
    DirContext context = null;
    try {
      context = new InitialDirContext(env);
      Attributes attributes = context.getAttributes(name, new String[] {type});
      Attribute attribute = attributes.get(type);
      List<String> values = new ArrayList<>();
      if (attribute != null) {
        NamingEnumeration<?> all = attribute.getAll();
        while (all.hasMore()) {
          values.add(String.valueOf(all.next()));
        }
      }
      return values;
    } catch (NameNotFoundException e) {
      return List.of();
    } catch (NamingException e) {
      throw new DnsException(describe(e), e);
    } finally {
      closeQuietly(context);
    }
  }

  /** IPv4 and IPv6 addresses of {@code host}; empty when it has none. */
  List<InetAddress> addresses(String host) throws DnsException {
    if (server.isEmpty()) {
      try {
        return List.of(InetAddress.getAllByName(host));
      } catch (UnknownHostException e) {
        return List.of();
      }
    }
    List<InetAddress> result = new ArrayList<>();
    DnsException failure = null;
    for (String type : List.of("A", "AAAA")) {
      List<String> texts;
      try {
        texts = records(host, type);
      } catch (DnsException e) {
        failure = e;
        continue;
      }
      for (String text : texts) {
        try {
          result.add(InetAddress.getByAddress(host, InetAddress.getByName(text).getAddress()));
        } catch (UnknownHostException e) {
          throw new DnsException("bad " + type + " record for " + host + ": " + text, e);
        }
      }
    }
    if (result.isEmpty() && failure != null) {
      throw failure;
    }
    return result;
  }

  private static String describe(NamingException e) {
    if (e instanceof javax.naming.CommunicationException) {
      return "no answer from the DNS server";
    }
    if (e instanceof javax.naming.ServiceUnavailableException) {
      return "DNS server failure";
    }
    if (e instanceof javax.naming.OperationNotSupportedException) {
      return "the DNS server refused the query";
    }
    if (e instanceof javax.naming.ConfigurationException) {
      return "no DNS server configured";
    }
    String explanation = e.getExplanation();
    return "DNS: " + e.getClass().getSimpleName() + (explanation == null ? "" : " " + explanation);
  }

  private static void closeQuietly(DirContext context) {
    if (context == null) {
      return;
    }
    try {
      context.close();
    } catch (NamingException e) {
      LOG.debug("closing a DNS context failed", e);
    }
  }

  /** DNS did not answer or answered with an error. */
  static final class DnsException extends Exception {
    private static final long serialVersionUID = 1L;

    DnsException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
