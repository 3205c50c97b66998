package dev.vorzimmer.app.cli;

import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.ChallengeConfig;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.GreetingChoice;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.screening.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vorzimmer check NUMBER}: what would happen if this number called now — verdict, reasons
 * and caller info — without recording a call (the same engine the phone uses, as a dry run).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Dry run: what would happen if NUMBER called now, and why. Records nothing.",
      "NUMBER may be in any format (+49 30 1234567, 030 1234567, 0049…, tel:…, sip:…;user=phone) or 'anonymous'."
    })
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "${bundle:label.number:-NUMBER}")
  String number;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Display name the caller sends.",
      defaultValue = "")
  String name;

  @Option(
      names = "--privacy",
      paramLabel = "${bundle:label.value:-VALUE}",
      description = "Privacy header value, e.g. id.",
      defaultValue = "")
  String privacy;

  @Option(
      names = "--verstat",
      paramLabel = "${bundle:label.value:-VALUE}",
      description = "STIR/SHAKEN result, e.g. TN-Validation-Failed.")
  String verstat;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          Caller caller = new Caller(number, name, privacy, Optional.ofNullable(verstat));
          Decision d = m.screener().dryRun(caller);
          ChallengeConfig challenge = m.screener().config().challenge();
          ReasonTexts texts = LangOption.texts(spec);
          CallerInfo info = d.callerInfo().withPlaces(m.places(), texts.locale());
          if (json) {
            Map<String, Object> map = toMap(d, info, texts);
            ChallengeDryRun.describe(d, challenge).ifPresent(t -> map.put("challenge", t));
            out.println(Json.write(map));
          } else {
            CliWords words = LangOption.words(spec);
            print(d, info, texts, words, out);
            ChallengeDryRun.describe(d, challenge)
                .ifPresent(t -> out.println("  " + words.get("check.challenge") + t));
          }
          return 0;
        });
  }

  private static void print(
      Decision d, CallerInfo info, ReasonTexts texts, CliWords words, java.io.PrintWriter out) {
    String code = Integer.toString(d.rejectStatus());
    String status =
        d.verdict() == Verdict.REJECT
            ? " (" + (d.intercept() ? words.get("check.reject", code) : code) + ")"
            : "";
    out.println(
        words.code("verdict.", d.verdict().name()) + status + " — " + texts.render(d.mainReason()));
    out.println(
        "  "
            + words.get("check.caller")
            + texts.number(info.displayNumber())
            + (info.hasNumber() ? "  (" + texts.render(info.details()) + ")" : ""));
    List<String> reasons = texts.render(d.reasons());
    for (int i = 0; i < reasons.size(); i++) {
      String label = "  " + words.get("check.reasons");
      out.println((i == 0 ? label : " ".repeat(label.length())) + (i + 1) + ". " + reasons.get(i));
    }
    if (d.verdict() == Verdict.VOICEMAIL || d.verdict() == Verdict.CHALLENGE) {
      out.println(
          "  " + words.get("check.greeting") + words.code("greeting.", greeting(d.greeting())));
    }
  }

  static String greeting(GreetingChoice g) {
    return g.language().orElse(g.kind().name().toLowerCase(Locale.ROOT));
  }

  static Map<String, Object> toMap(Decision d, CallerInfo info, ReasonTexts texts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("verdict", d.verdict().name());
    m.put("rejectStatus", d.rejectStatus() == 0 ? null : d.rejectStatus());
    m.put("reasons", LangOption.json(d.reasons(), texts));
    m.put("greeting", greeting(d.greeting()));
    m.put("caller", callerInfo(info, texts));
    return m;
  }

  static Map<String, Object> callerInfo(CallerInfo i, ReasonTexts texts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("raw", i.raw());
    m.put("presentation", i.presentation().name());
    m.put("e164", i.e164().orElse(null));
    m.put("display", texts.number(i.displayNumber()));
    m.put("country", i.region().orElse(null));
    m.put(
        "countryName",
        i.region().map(r -> new Locale("", r).getDisplayCountry(texts.locale())).orElse(null));
    m.put("details", LangOption.json(i.details(), texts));
    m.put("lineType", i.lineType().name());
    i.regionName().ifPresent(v -> m.put("regionName", v));
    i.carrier().ifPresent(v -> m.put("carrier", v));
    i.lookupName().ifPresent(v -> m.put("lookupName", v));
    i.spamScore().ifPresent(v -> m.put("spamScore", v));
    i.rating().ifPresent(v -> m.put("rating", v));
    return m;
  }
}
