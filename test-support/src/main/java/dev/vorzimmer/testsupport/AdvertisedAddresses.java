package dev.vorzimmer.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks what a phone told the world about its address: every SIP message (headers and SDP) it
 * sent, as the lab's provider received it. A phone must never advertise a wildcard ({@code
 * 0.0.0.0}, {@code ::}, {@code 0:0:0:0:0:0:0:0}) anywhere, which a peer reads as "nowhere" or "on
 * hold"; and once it has learned its public address (the first message offering it in a Contact) it
 * must not offer its private one where peers will send to it: a Contact (except one being removed
 * with {@code expires=0}) — {@link #problems} — or an SDP {@code c=}/{@code o=} line — {@link
 * #sdpProblems}, kept apart because SDP without STUN is a design question of its own (with a relay
 * that latches onto our media, the private address still works). The private address may stay in
 * Via (with rport the reply goes to the source anyway, RFC 3581) and in the Call-ID (an identifier,
 * never dialled). When the phone's own address changes (another Via sent-by), it has to learn its
 * public address anew, as at the start.
 */
public final class AdvertisedAddresses {

  private static final List<String> WILDCARDS = List.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0");

  private AdvertisedAddresses() {}

  /**
   * Wildcards anywhere, and the private address in a Contact once the public one was in use; one
   * line per problem naming the message and the bad address; empty when all is well.
   *
   * @param messages what the provider received, in order
   * @param phoneSource source address of the phone's messages at the provider (after NAT: the
   *     router)
   * @param privatePrefix start of the phone's private addresses, e.g. {@code 192.168.77.}
   * @param publicAddress the phone's public address (the router's), once learned never to be
   *     replaced
   */
  public static List<String> problems(
      List<ReceivedMessage> messages,
      String phoneSource,
      String privatePrefix,
      String publicAddress) {
    return scan(messages, phoneSource, privatePrefix, publicAddress, false);
  }

  /**
   * The private address in an SDP {@code c=}/{@code o=} line once the phone had registered its
   * public address (learned from the registrar's received/rport); parameters as in {@link
   * #problems}.
   */
  public static List<String> sdpProblems(
      List<ReceivedMessage> messages,
      String phoneSource,
      String privatePrefix,
      String publicAddress) {
    return scan(messages, phoneSource, privatePrefix, publicAddress, true);
  }

  private static List<String> scan(
      List<ReceivedMessage> messages,
      String phoneSource,
      String privatePrefix,
      String publicAddress,
      boolean sdp) {
    List<String> problems = new ArrayList<>();
    boolean learned = false;
    String via = null;
    int index = 0;
    for (ReceivedMessage m : messages) {
      index++;
      if (!m.sourceAddress().equals(phoneSource)) {
        continue;
      }
      for (String wildcard : sdp ? List.<String>of() : WILDCARDS) {
        if (m.text().contains(wildcard)) {
          problems.add(describe(index, m, "contains the wildcard address " + wildcard));
        }
      }
      String ourVia = firstVia(m.text());
      boolean request = !m.firstLine().startsWith("SIP/2.0");
      if (request && ourVia != null && !ourVia.equals(via)) {
        learned = false;
        via = ourVia;
      }
      String contacts = offeredContacts(m.text());
      String checked = sdp ? sdpAddresses(m.text()) : contacts;
      if (learned && checked.contains(privatePrefix)) {
        problems.add(
            describe(
                index,
                m,
                "offers a private address ("
                    + privatePrefix
                    + "…) in its "
                    + (sdp ? "SDP" : "Contact")
                    + " although the public address "
                    + publicAddress
                    + " was already in use"));
      }
      learned |= contacts.contains(publicAddress);
    }
    return problems;
  }

  /**
   * How many messages from {@code source} the provider received (to check the check saw something).
   */
  public static long countFrom(List<ReceivedMessage> messages, String source) {
    return messages.stream().filter(m -> m.sourceAddress().equals(source)).count();
  }

  /** The sent-by of the topmost Via of a request (the phone's own address), null if none. */
  private static String firstVia(String text) {
    for (String line : text.split("\r?\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("via:") || lower.startsWith("v:")) {
        String[] parts = line.substring(line.indexOf(':') + 1).trim().split("[\\s;,]+");
        return parts.length > 1 ? parts[1] : null;
      }
    }
    return null;
  }

  /** The Contact values of a message (minus removals with expires=0), one per line. */
  private static String offeredContacts(String text) {
    StringBuilder offered = new StringBuilder();
    for (String line : text.split("\r?\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("contact:") || lower.startsWith("m:")) {
        for (String contact : line.substring(line.indexOf(':') + 1).split(",")) {
          if (!contact.replace(" ", "").contains(";expires=0")) {
            offered.append(contact).append('\n');
          }
        }
      }
    }
    return offered.toString();
  }

  /** The SDP c= and o= lines of a message. */
  private static String sdpAddresses(String text) {
    StringBuilder offered = new StringBuilder();
    for (String line : text.split("\r?\n")) {
      if (line.startsWith("c=") || line.startsWith("o=")) {
        offered.append(line).append('\n');
      }
    }
    return offered.toString();
  }

  private static String describe(int index, ReceivedMessage m, String problem) {
    return "message #"
        + index
        + " from "
        + m.sourceAddress()
        + ":"
        + m.sourcePort()
        + " ("
        + m.firstLine()
        + ") "
        + problem
        + ":\n"
        + m.text().indent(4);
  }
}
