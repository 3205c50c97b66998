package dev.vorzimmer.app.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoorTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  @TempDir Path data;
  private final List<DoorRequest> received = new CopyOnWriteArrayList<>();

  private DoorRequest.Reply answer(DoorRequest r) {
    received.add(r);
    return new DoorRequest.Reply(true, r.dial().map(t -> "calling " + t).orElse("shown"));
  }

  @Test
  void aRequestReachesThePhoneAndItsAnswerComesBack() throws Exception {
    try (Door door = Door.open(data, this::answer)) {
      assertThat(DoorBell.ring(data, DoorRequest.dial("+4930123456"), TIMEOUT))
          .contains(new DoorRequest.Reply(true, "calling +4930123456"));
      assertThat(DoorBell.ring(data, DoorRequest.show(), TIMEOUT))
          .contains(new DoorRequest.Reply(true, "shown"));
      assertThat(received).containsExactly(DoorRequest.dial("+4930123456"), DoorRequest.show());
      assertThat(Files.getPosixFilePermissions(door.file()))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
    assertThat(data.resolve(Door.FILE_NAME)).as("removed when the phone stops").doesNotExist();
  }

  @Test
  void aLineNameCrossesTheWireAndABadOneIsNoRequest() throws Exception {
    DoorRequest office = DoorRequest.dial("+4930123456", Optional.of("Büro 2 + Fax"));
    try (Door door = Door.open(data, this::answer)) {
      assertThat(DoorBell.ring(data, office, TIMEOUT)).map(DoorRequest.Reply::ok).contains(true);
      assertThat(rawExchange("DIAL line=%zz +4930123456\n")).startsWith("NO not a request");
      assertThat(rawExchange("DIAL line=Office\n")).startsWith("NO not a request");
      assertThat(received).containsExactly(office);
    }
  }

  @Test
  void nobodyListensWithoutASocketOrWithOneADeadPhoneLeft() throws Exception {
    assertThat(DoorBell.ring(data, DoorRequest.show(), TIMEOUT)).isEmpty();
    Path file = data.resolve(Door.FILE_NAME);
    try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      dead.bind(UnixDomainSocketAddress.of(file));
    }
    assertThat(file).as("a stale socket file").exists();
    assertThat(DoorBell.ring(data, DoorRequest.show(), TIMEOUT)).isEmpty();

    try (Door door = Door.open(data, this::answer)) {
      assertThat(DoorBell.ring(data, DoorRequest.show(), TIMEOUT))
          .as("the next phone replaces the stale socket")
          .contains(new DoorRequest.Reply(true, "shown"));
    }
  }

  @Test
  void garbageOnTheSocketGetsARefusalAndTheDoorStaysOpen() throws Exception {
    try (Door door = Door.open(data, this::answer)) {
      assertThat(rawExchange("HELLO\n")).startsWith("NO not a request");
      assertThat(rawExchange("DIAL " + "9".repeat(5000) + "\n")).startsWith("NO not a request");
      assertThat(rawExchange("\u00ff\u00fe\n")).startsWith("NO");
      assertThat(received).isEmpty();
      assertThat(DoorBell.ring(data, DoorRequest.dial("+4930123456"), TIMEOUT))
          .map(DoorRequest.Reply::ok)
          .contains(true);
    }
  }

  @Test
  void aFailingHandlerBecomesARefusalNotACrash() throws Exception {
    try (Door door =
        Door.open(
            data,
            r -> {
              throw new IllegalStateException("agent not running");
            })) {
      Optional<DoorRequest.Reply> reply = DoorBell.ring(data, DoorRequest.show(), TIMEOUT);
      assertThat(reply).map(DoorRequest.Reply::ok).contains(false);
      assertThat(reply.orElseThrow().text()).contains("agent not running");
    }
  }

  private String rawExchange(String sent) throws Exception {
    try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      c.connect(UnixDomainSocketAddress.of(data.resolve(Door.FILE_NAME)));
      c.write(ByteBuffer.wrap(sent.getBytes(StandardCharsets.ISO_8859_1)));
      return Door.Wire.readLine(c, Door.MAX_LINE).orElse("");
    }
  }
}
