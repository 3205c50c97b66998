package dev.vorzimmer.testsupport;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a phone told the world about its address: every SIP message (headers and SDP) it sent, as the
 * lab's provider received it. A phone must never advertise a wildcard ({@code 0.0.0.0}, {@code ::},
 * {@code 0:0:0:0:0:0:0:0}), which a peer reads as "nowhere" or "on hold", and once it has learned its public
 * address (the first message mentioning it) it must not advertise its private one any more.
 */
public final class AdvertisedAddresses {

    private static final List<String> WILDCARDS = List.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0");

    private AdvertisedAddresses() {
    }

    /**
     * The problems found, one line each naming the message and the bad address; empty when all is well.
     *
     * @param messages        what the provider received, in order
     * @param phoneSource     source address of the phone's messages at the provider (after NAT: the router)
     * @param privateAddress  the phone's private address
     * @param publicAddress   the phone's public address (the router's), once learned never to be replaced
     */
    public static List<String> problems(List<ReceivedMessage> messages, String phoneSource, String privateAddress,
                                        String publicAddress) {
        List<String> problems = new ArrayList<>();
        boolean learned = false;
        int index = 0;
        for (ReceivedMessage m : messages) {
            index++;
            if (!m.sourceAddress().equals(phoneSource)) {
                continue;
            }
            for (String wildcard : WILDCARDS) {
                if (m.text().contains(wildcard)) {
                    problems.add(describe(index, m, "contains the wildcard address " + wildcard));
                }
            }
            if (learned && m.text().contains(privateAddress)) {
                problems.add(describe(index, m, "contains the private address " + privateAddress
                        + " although the public address " + publicAddress + " was already in use"));
            }
            learned |= m.text().contains(publicAddress);
        }
        return problems;
    }

    /** How many messages from {@code source} the provider received (to check the check saw something). */
    public static long countFrom(List<ReceivedMessage> messages, String source) {
        return messages.stream().filter(m -> m.sourceAddress().equals(source)).count();
    }

    private static String describe(int index, ReceivedMessage m, String problem) {
        return "message #" + index + " from " + m.sourceAddress() + ":" + m.sourcePort() + " (" + m.firstLine() + ") "
                + problem + ":\n" + m.text().indent(4);
    }
}
