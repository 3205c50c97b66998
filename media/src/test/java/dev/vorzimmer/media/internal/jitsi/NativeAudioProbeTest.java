package dev.vorzimmer.media.internal.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeAudioProbeTest {

  /** JNA unpacks its native part on first use: into a temporary folder, not ~/.cache/JNA. */
  @BeforeAll
  static void keepJnaOutOfHome(@TempDir Path jnaDir) {
    if (System.getProperty(JitsiEnvironment.JNA_TMPDIR) == null) {
      System.setProperty(JitsiEnvironment.JNA_TMPDIR, jnaDir.toString());
    }
  }

  @Test
  void withoutLibpulseNeitherPulseAudioNorPortAudioMayStart() {
    NativeAudioProbe.Verdict verdict =
        NativeAudioProbe.probe(
            "Linux", new NativeAudioProbe.Libraries("libpulse-absent-for-this-test.so.0"));
    assertThat(verdict.pulseAudio()).isFalse();
    assertThat(verdict.portAudio())
        .as("its pa_* symbols would be unresolved: the JVM would die")
        .isFalse();
    assertThat(verdict.reason()).contains("libpulse-absent-for-this-test.so.0");
  }

  @Test
  void aLibraryWithoutThePulseSymbolsDoesNotCount() {
    NativeAudioProbe.Verdict verdict =
        NativeAudioProbe.probe("Linux", new NativeAudioProbe.Libraries("libc.so.6"));
    assertThat(verdict.pulseAudio()).isFalse();
    assertThat(verdict.portAudio()).isFalse();
    assertThat(verdict.reason()).contains("lacks pa_");
  }

  @Test
  void onWindowsAndMacPortAudioNeedsNoPulseAudio() {
    NativeAudioProbe.Verdict verdict =
        NativeAudioProbe.probe("Mac OS X", NativeAudioProbe.Libraries.LINUX);
    assertThat(verdict.portAudio()).isTrue();
    assertThat(verdict.pulseAudio()).isFalse();
  }

  @Test
  void aPulseServerCountsOnlyWhenItsSocketExistsOrPulseServerIsSet(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path runtime) throws Exception {
    java.util.Map<String, String> env = java.util.Map.of("XDG_RUNTIME_DIR", runtime.toString());
    assertThat(NativeAudioProbe.pulseServerProblem(env))
        .contains("no PulseAudio server", runtime.toString());
    java.nio.file.Files.createDirectories(runtime.resolve("pulse"));
    java.nio.file.Files.createFile(runtime.resolve("pulse/native"));
    assertThat(NativeAudioProbe.pulseServerProblem(env)).isNull();
    assertThat(
            NativeAudioProbe.pulseServerProblem(java.util.Map.of("PULSE_SERVER", "tcp:127.0.0.1")))
        .isNull();
  }
}
