package dev.vorzimmer.screening.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextListReaderTest {
  private static List<ListLine> read(TextListReader r, String text) throws Exception {
    List<ListLine> out = new ArrayList<>();
    r.read(new BufferedReader(new StringReader(text)), out::add);
    return out;
  }

  @Test
  void acceptsInternationalFormsPrefixesReasonsAndComments() throws Exception {
    TextListReader r = new TextListReader("list.txt", Numbers.defaultNormaliser());
    List<ListLine> lines =
        read(
            r,
            String.join(
                "\n",
                "\uFEFF# call centres",
                "",
                "+4930123456",
                "0049 211 555-12,Robo call, again",
                "+49211555*;range",
                "+1*\tus",
                "  \"+4940111\" , \"quoted \"\"reason\"\"\"  "));

    assertThat(lines)
        .containsExactly(
            new ListLine("+4930123456", ""),
            new ListLine("+4921155512", "Robo call, again"),
            new ListLine("+49211555*", "range"),
            new ListLine("+1*", "us"),
            new ListLine("+4940111", "quoted \"reason\""));
    assertThat(r.skipped()).isZero();
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void reportsBadLinesWithLineNumberAndKeepsTheRest() throws Exception {
    TextListReader r = new TextListReader("callcentres.txt", Numbers.defaultNormaliser());
    List<ListLine> lines = read(r, "+4930111\nabc\n030123\n+49 30 222\n+0049*\n");

    assertThat(lines).extracting(ListLine::pattern).containsExactly("+4930111", "+4930222");
    assertThat(r.skipped()).isEqualTo(3);
    assertThat(r.problems())
        .containsExactly(
            "callcentres.txt:2: 'abc' is not a phone number — expected +49…, 0049… or a prefix ending in *",
            "callcentres.txt:3: '030123' is not a phone number — expected +49…, 0049… or a prefix ending in *",
            "callcentres.txt:5: '+0049*' is not a phone number — expected +49…, 0049… or a prefix ending in *");
  }

  @Test
  void nationalNumbersGoThroughTheSuppliedNormaliser() throws Exception {
    TextListReader r =
        new TextListReader(
            "l.txt",
            raw -> raw.startsWith("0") ? Optional.of("+49" + raw.substring(1)) : Optional.empty());
    assertThat(read(r, "030123\n0211*\n"))
        .extracting(ListLine::pattern)
        .containsExactly("+4930123", "+49211*");
  }

  @Test
  void capsTheProblemList() throws Exception {
    TextListReader r = new TextListReader("junk.txt", Numbers.defaultNormaliser());
    read(r, "x\n".repeat(TextListReader.MAX_PROBLEMS + 5));
    assertThat(r.skipped()).isEqualTo(TextListReader.MAX_PROBLEMS + 5);
    assertThat(r.problems())
        .hasSize(TextListReader.MAX_PROBLEMS + 1)
        .last()
        .asString()
        .contains("5 more");
  }
}
