package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The STUN client against a tiny RFC 5389 responder on loopback, and against one that never answers. */
class StunClientTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private final StunClient client = new StunClient();
    private DatagramSocket server;
    private Thread responder;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        if (responder != null) {
            responder.join(2000);
        }
    }

    /** Answers every binding request with {@code mapped} (XOR-encoded), after ignoring the first {@code drop}. */
    private void respondWith(InetSocketAddress mapped, int drop, boolean xor) throws SocketException {
        server = new DatagramSocket(0, LOOPBACK);
        responder = new Thread(() -> {
            byte[] buffer = new byte[1500];
            int seen = 0;
            while (!server.isClosed()) {
                DatagramPacket in = new DatagramPacket(buffer, buffer.length);
                try {
                    server.receive(in);
                    if (seen++ < drop) {
                        continue;
                    }
                    byte[] transaction = Arrays.copyOfRange(in.getData(), 8, 20);
                    byte[] out = success(transaction, mapped == null ? (InetSocketAddress) in.getSocketAddress()
                            : mapped, xor);
                    server.send(new DatagramPacket(out, out.length, in.getSocketAddress()));
                } catch (java.io.IOException e) {
                    return;
                }
            }
        }, "stun-responder");
        responder.start();
    }

    private static byte[] success(byte[] transaction, InetSocketAddress mapped, boolean xor) {
        byte[] ip = mapped.getAddress().getAddress();
        int port = mapped.getPort();
        if (xor) {
            port ^= StunClient.MAGIC_COOKIE >>> 16;
            byte[] mask = ByteBuffer.allocate(16).putInt(StunClient.MAGIC_COOKIE).put(transaction).array();
            for (int i = 0; i < ip.length; i++) {
                ip[i] ^= mask[i];
            }
        }
        int attributeLength = 4 + ip.length;
        ByteBuffer b = ByteBuffer.allocate(20 + 4 + attributeLength);
        b.putShort((short) StunClient.BINDING_SUCCESS).putShort((short) (4 + attributeLength))
                .putInt(StunClient.MAGIC_COOKIE).put(transaction);
        b.putShort((short) (xor ? StunClient.XOR_MAPPED_ADDRESS : StunClient.MAPPED_ADDRESS))
                .putShort((short) attributeLength);
        b.put((byte) 0).put((byte) (ip.length == 4 ? 1 : 2)).putShort((short) port).put(ip);
        return b.array();
    }

    @Test
    void learnsTheXorMappedAddressTheServerSaw() throws Exception {
        InetSocketAddress pub = new InetSocketAddress(InetAddress.getByName("203.0.113.7"), 40_002);
        respondWith(pub, 0, true);

        StunClient.Result result = client.query("127.0.0.1", server.getLocalPort(), "0.0.0.0", Duration.ofSeconds(2));

        assertThat(result.mapped()).as(result.problem()).contains(pub);
    }

    @Test
    void decodesIpv6AndThePlainMappedAddressToo() throws Exception {
        InetSocketAddress pub = new InetSocketAddress(InetAddress.getByName("2001:db8::7"), 40_004);
        respondWith(pub, 0, true);
        assertThat(client.query("127.0.0.1", server.getLocalPort(), "0.0.0.0", Duration.ofSeconds(2)).mapped())
                .contains(pub);
        stop();

        InetSocketAddress plain = new InetSocketAddress(InetAddress.getByName("198.51.100.9"), 5004);
        respondWith(plain, 0, false);
        assertThat(client.query("127.0.0.1", server.getLocalPort(), "0.0.0.0", Duration.ofSeconds(2)).mapped())
                .contains(plain);
    }

    @Test
    void retransmitsWhenTheFirstRequestIsLost() throws Exception {
        respondWith(null, 1, true);

        StunClient.Result result = client.query("127.0.0.1", server.getLocalPort(), "127.0.0.1", Duration.ofSeconds(2));

        assertThat(result.mapped()).as(result.problem()).isPresent();
        assertThat(result.mapped().get().getAddress()).isEqualTo(LOOPBACK);
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpOnWithAReason() throws Exception {
        server = new DatagramSocket(0, LOOPBACK);

        StunClient.Result result = client.query("127.0.0.1", server.getLocalPort(), "0.0.0.0", Duration.ofSeconds(2));

        assertThat(result.mapped()).isEmpty();
        assertThat(result.problem()).isEqualTo("no answer from STUN server 127.0.0.1:" + server.getLocalPort()
                + " within 2000 ms");
    }

    @Test
    void anUnresolvableServerIsAProblemNotACrash() {
        StunClient.Result result = client.query("stun.invalid", 3478, "0.0.0.0", Duration.ofSeconds(2));

        assertThat(result.mapped()).isEmpty();
        assertThat(result.problem()).contains("stun.invalid does not resolve");
    }

    @Test
    void answersForAnotherTransactionOrGarbageAreIgnored() {
        byte[] transaction = new byte[12];
        byte[] other = new byte[12];
        other[0] = 1;
        InetSocketAddress pub = new InetSocketAddress(LOOPBACK, 5000);
        assertThat(StunClient.parse(success(other, pub, true), transaction)).isEmpty();
        assertThat(StunClient.parse(new byte[] {1, 1, 0, 0}, transaction)).isEmpty();
        byte[] truncated = Arrays.copyOf(success(transaction, pub, true), 26);
        assertThat(StunClient.parse(truncated, transaction)).isEmpty();
    }
}
