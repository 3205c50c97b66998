package dev.vorzimmer.media.internal.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelephoneEventTest {

  @Test
  void payloadRoundTripsAllFields() {
    TelephoneEvent e = new TelephoneEvent(11, true, 10, 1600);
    byte[] p = e.toPayload();
    assertThat(p).containsExactly(11, 0x8A, 0x06, 0x40);
    assertThat(TelephoneEvent.parse(p)).isEqualTo(e);
    assertThat(e.digit()).isEqualTo('#');
  }

  @Test
  void digitsMapToRfc4733Codes() {
    assertThat(TelephoneEvent.codeOf('0')).isZero();
    assertThat(TelephoneEvent.codeOf('9')).isEqualTo(9);
    assertThat(TelephoneEvent.codeOf('*')).isEqualTo(10);
    assertThat(TelephoneEvent.codeOf('#')).isEqualTo(11);
    assertThat(TelephoneEvent.codeOf('d')).isEqualTo(15);
    assertThatThrownBy(() -> TelephoneEvent.codeOf('x'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'");
    assertThatThrownBy(() -> TelephoneEvent.parse(new byte[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void receiverReportsStartAndEndOnceDespiteRedundantEndPackets() {
    DtmfReceiver rx = new DtmfReceiver();
    List<DtmfReceiver.Update> updates = new ArrayList<>();
    int seq = 0;
    for (int d = 160; d <= 800; d += 160) {
      rx.onPacket(event(seq++, 8000, 5, false, d)).ifPresent(updates::add);
    }
    for (int i = 0; i < 3; i++) {
      rx.onPacket(event(seq++, 8000, 5, true, 960)).ifPresent(updates::add);
    }
    rx.onPacket(event(seq++, 9600, 5, false, 160)).ifPresent(updates::add);
    assertThat(updates)
        .containsExactly(
            new DtmfReceiver.Update('5', 8000, true, false, 160),
            new DtmfReceiver.Update('5', 8000, false, true, 960),
            new DtmfReceiver.Update('5', 9600, true, false, 160));
  }

  @Test
  void anEventSeenOnlyByItsEndPacketsIsReportedOnce() {
    DtmfReceiver rx = new DtmfReceiver();
    Optional<DtmfReceiver.Update> first = rx.onPacket(event(1, 100, 11, true, 800));
    assertThat(first).contains(new DtmfReceiver.Update('#', 100, true, true, 800));
    assertThat(rx.onPacket(event(2, 100, 11, true, 800))).isEmpty();
  }

  @Test
  void senderProducesUpdatesThenThreeEndPacketsWithOneTimestamp() {
    DtmfSender tx = new DtmfSender(160, 5);
    tx.enqueue('#');
    List<DtmfSender.Packet> packets = new ArrayList<>();
    long ts = 4000;
    while (tx.active()) {
      packets.add(tx.next(ts));
      ts += 160;
    }
    assertThat(packets).hasSize(7);
    assertThat(packets).allSatisfy(p -> assertThat(p.timestamp()).isEqualTo(4000));
    assertThat(packets.get(0).marker()).isTrue();
    assertThat(packets.subList(1, 7)).noneMatch(DtmfSender.Packet::marker);
    List<TelephoneEvent> events =
        packets.stream().map(p -> TelephoneEvent.parse(p.payload())).toList();
    assertThat(events)
        .extracting(TelephoneEvent::duration)
        .containsExactly(160, 320, 480, 640, 800, 800, 800);
    assertThat(events)
        .extracting(TelephoneEvent::end)
        .containsExactly(false, false, false, false, true, true, true);
    assertThat(events).allSatisfy(e -> assertThat(e.digit()).isEqualTo('#'));
    assertThat(tx.next(ts)).isNull();
  }

  @Test
  void whatTheSenderSendsTheReceiverReportsOncePerDigit() {
    DtmfSender tx = new DtmfSender(160, 5);
    DtmfReceiver rx = new DtmfReceiver();
    "1#".chars().forEach(c -> tx.enqueue((char) c));
    StringBuilder started = new StringBuilder();
    StringBuilder ended = new StringBuilder();
    long ts = 0;
    for (int seq = 0; tx.active(); seq++, ts += 160) {
      DtmfSender.Packet p = tx.next(ts);
      rx.onPacket(new RtpPacket(101, p.marker(), seq, p.timestamp(), 42, p.payload()))
          .ifPresent(
              u -> {
                if (u.started()) {
                  started.append(u.digit());
                }
                if (u.ended()) {
                  ended.append(u.digit());
                }
              });
    }
    assertThat(started).hasToString("1#");
    assertThat(ended).hasToString("1#");
  }

  private static RtpPacket event(int seq, long ts, int code, boolean end, int duration) {
    return new RtpPacket(
        101, false, seq, ts, 7, new TelephoneEvent(code, end, 10, duration).toPayload());
  }
}
