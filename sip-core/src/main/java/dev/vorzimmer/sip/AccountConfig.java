package dev.vorzimmer.sip;

import java.util.Objects;

/**
 * A SIP account at a provider.
 *
 * @param user           user part of the address of record, also the digest user name
 * @param domain         domain of the address of record, also the expected digest realm
 * @param registrarHost  host (name or IP) the REGISTER requests are sent to
 * @param registrarPort  port of the registrar, 1..65535
 * @param password       digest password; never printed by {@link #toString()}
 * @param transport      transport towards the registrar
 * @param expiresSeconds registration lifetime we ask for, at least 1
 * @param mediaEncryption whether calls use SRTP (SDES keys; secret only over TLS)
 */
public record AccountConfig(String user, String domain, String registrarHost, int registrarPort,
                            String password, Transport transport, int expiresSeconds,
                            MediaEncryption mediaEncryption) {

    /** An account with plain RTP media. */
    public AccountConfig(String user, String domain, String registrarHost, int registrarPort,
                         String password, Transport transport, int expiresSeconds) {
        this(user, domain, registrarHost, registrarPort, password, transport, expiresSeconds, MediaEncryption.NONE);
    }

    /** Validates all fields; throws {@link IllegalArgumentException} naming the bad one. */
    public AccountConfig {
        requireToken(user, "user");
        requireToken(domain, "domain");
        requireToken(registrarHost, "registrarHost");
        Objects.requireNonNull(password, "password must not be null");
        Objects.requireNonNull(transport, "transport must not be null");
        Objects.requireNonNull(mediaEncryption, "mediaEncryption must not be null");
        if (registrarPort < 1 || registrarPort > 65535) {
            throw new IllegalArgumentException("registrarPort must be 1..65535 but was " + registrarPort);
        }
        if (expiresSeconds < 1) {
            throw new IllegalArgumentException("expiresSeconds must be at least 1 but was " + expiresSeconds);
        }
    }

    /** The address of record, {@code sip:user@domain}. */
    public String aor() {
        return "sip:" + user + "@" + domain;
    }

    /** Everything but the password, which is masked. */
    @Override
    public String toString() {
        return "AccountConfig[user=" + user + ", domain=" + domain + ", registrar=" + registrarHost + ":"
                + registrarPort + ", password=***, transport=" + transport + ", expiresSeconds=" + expiresSeconds
                + ", mediaEncryption=" + mediaEncryption + "]";
    }

    private static void requireToken(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == '@' || c == '<' || c == '>' || c == '"' || c == ';') {
                throw new IllegalArgumentException(name + " contains an illegal character '" + c + "': " + value);
            }
        }
    }
}
