package dev.vorzimmer.sip.internal.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Parsing and ordering of the NAPTR and SRV records as JNDI hands them over. */
class DnsRecordsTest {

  @Test
  void naptrInJndisTextFormIsParsedQuotedOrNot() {
    assertThat(NaptrRecord.parse("10 50 s SIP+D2U \"\" _sip._udp.example.net."))
        .contains(new NaptrRecord(10, 50, "s", "SIP+D2U", "_sip._udp.example.net"));
    assertThat(NaptrRecord.parse("20 0 \"S\" \"SIP+D2T\" \"\" _sip._tcp.example.net"))
        .contains(new NaptrRecord(20, 0, "S", "SIP+D2T", "_sip._tcp.example.net"));
  }

  @Test
  void malformedRecordsAreSkippedNotThrown() {
    for (String bad :
        List.of(
            "", "10", "x 50 s SIP+D2U \"\" a.", "10 50 s SIP+D2U \"\" .", "10 50 \"s SIP+D2U")) {
      assertThat(NaptrRecord.parse(bad)).as(bad).isEmpty();
    }
    for (String bad :
        List.of(
            "", "10 0 5060", "10 0 99999 a.example.", "10 0 5060 .", "a b c d", "-1 0 5060 a.")) {
      assertThat(SrvRecord.parse(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void srvTargetsComeByPriorityAndEveryOneOnce() {
    List<SrvRecord> records =
        List.of(
            SrvRecord.parse("20 0 5060 backup.example.net.").orElseThrow(),
            SrvRecord.parse("10 60 5060 a.example.net.").orElseThrow(),
            SrvRecord.parse("10 40 5070 b.example.net.").orElseThrow());

    for (int seed = 0; seed < 50; seed++) {
      List<SrvRecord> ordered = SrvRecord.ordered(records, new Random(seed));
      assertThat(ordered).hasSize(3);
      assertThat(ordered.subList(0, 2)).extracting(SrvRecord::priority).containsOnly(10);
      assertThat(ordered.get(2).target()).isEqualTo("backup.example.net");
    }
  }

  @Test
  void withinAPriorityTheWeightDecidesHowOftenATargetComesFirst() {
    List<SrvRecord> records =
        List.of(
            SrvRecord.parse("10 90 5060 heavy.").orElseThrow(),
            SrvRecord.parse("10 10 5060 light.").orElseThrow());
    Random random = new Random(7);
    int heavyFirst = 0;
    for (int i = 0; i < 1000; i++) {
      if (SrvRecord.ordered(records, random).get(0).target().equals("heavy")) {
        heavyFirst++;
      }
    }
    assertThat(heavyFirst).isBetween(820, 970);
  }
}
