package dev.vorzimmer.app.install;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The texts install writes: the desktop entry (menu, icon, handler of {@code tel:}, {@code
 * callto:}, {@code sip:} links), the autostart entry, and the launcher script.
 */
public final class DesktopEntries {
  /** The link schemes the phone answers. */
  public static final List<String> SCHEMES =
      List.of("x-scheme-handler/tel", "x-scheme-handler/callto", "x-scheme-handler/sip");

  /**
   * The JVM options of every launcher (the repository's {@code ./vorzimmer}, the one install
   * writes, the Debian package's): a small serial-collected heap, as measured in
   * docs/BENCHMARKS.md.
   */
  public static final String JAVA_OPTIONS = "-XX:+UseG1GC -XX:MaxGCPauseMillis=10 -Xms32m -Xmx512m";

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9/._+,=@-]+");

  private DesktopEntries() {}

  /**
   * For {@code scripts/package}, so the Debian package carries exactly these texts: {@code
   * application LAUNCHER} prints the menu entry, {@code java-options} the JVM options.
   */
  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("application")) {
      System.out.print(application(Path.of(args[1])));
    } else if (args.length == 1 && args[0].equals("java-options")) {
      System.out.println(JAVA_OPTIONS);
    } else {
      System.err.println("usage: DesktopEntries application LAUNCHER | java-options");
      System.exit(2);
    }
  }

  /** The menu entry; a click on a link runs {@code LAUNCHER dial LINK}. */
  public static String application(Path launcher) {
    return "[Desktop Entry]\n"
        + "Type=Application\n"
        + "Version=1.4\n"
        + "Name=Vorzimmer\n"
        + "GenericName=Telephone\n"
        + "GenericName[de]=Telefon\n"
        + "Comment=SIP phone that screens calls before they ring\n"
        + "Comment[de]=SIP-Telefon, das Anrufe prüft, bevor es klingelt\n"
        + "Icon=vorzimmer\n"
        + "Exec="
        + execArgument(launcher)
        + " dial %u\n"
        + "TryExec="
        + launcher
        + "\n"
        + "Terminal=false\n"
        + "Categories=Network;Telephony;\n"
        + "Keywords=phone;call;SIP;voicemail;spam;\n"
        + "MimeType="
        + String.join(";", SCHEMES)
        + ";\n";
  }

  /** The autostart entry: the phone starts with the session. */
  public static String autostart(Path launcher) {
    return "[Desktop Entry]\n"
        + "Type=Application\n"
        + "Version=1.4\n"
        + "Name=Vorzimmer\n"
        + "Comment=Start the Vorzimmer phone at login\n"
        + "Icon=vorzimmer\n"
        + "Exec="
        + execArgument(launcher)
        + " run\n"
        + "TryExec="
        + launcher
        + "\n"
        + "Terminal=false\n";
  }

  /** The launcher: runs the installed jar with the Java that ran install (or VORZIMMER_JAVA). */
  public static String launcher(Path java, Path jar) {
    return "#!/bin/sh\n"
        + "# Vorzimmer, installed by 'vorzimmer install'; 'vorzimmer uninstall' removes it.\n"
        + "exec \"${VORZIMMER_JAVA:-"
        + shellQuotedInside(java.toString())
        + "}\" ${VORZIMMER_JAVA_OPTS:-"
        + JAVA_OPTIONS
        + "} "
        + "-jar "
        + shellQuoted(jar.toString())
        + " \"$@\"\n";
  }

  /**
   * {@code path} as one argument of an Exec key: quoted when it holds anything but plain
   * characters, with the spec's two escaping levels (quoting, then string escapes) and {@code %}
   * doubled.
   */
  static String execArgument(Path path) {
    String s = path.toString();
    if (s.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a path with control characters cannot be run: " + s);
    }
    if (PLAIN.matcher(s).matches()) {
      return s;
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"', '`', '$' -> b.append("\\\\").append(c);
        case '\\' -> b.append("\\\\\\\\");
        case '%' -> b.append("%%");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static String shellQuoted(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** Inside double quotes: {@code $ ` " \} escaped. */
  private static String shellQuotedInside(String s) {
    return s.replaceAll("([$`\"\\\\])", "\\\\$1");
  }
}
