package dev.vorzimmer.media.internal.jitsi;

import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which of libjitsi's native audio systems may be started without risking the JVM.
 *
 * <p>libjitsi 1.1's {@code libjnportaudio.so} (Linux) is built with PortAudio's PulseAudio host API
 * but does not link {@code libpulse.so.0}: its {@code pa_*} symbols are resolved lazily at the
 * first call, and if no library loaded with {@code RTLD_GLOBAL} provides them the dynamic linker
 * ends the process ("symbol lookup error") — no Java exception, nothing to catch. This is the case
 * on a machine without libpulse and also, by default, on one with it. So on Linux the probe loads
 * {@code libpulse.so.0} globally (and never unloads it), checks that every {@code pa_*} symbol
 * libjnportaudio needs is there. PulseAudio's own system needs the same library and a reachable
 * server.
 *
 * <p>Even then PortAudio stays off on Linux: with a PulseAudio server running (a private one in
 * {@code PulseAudioDeviceIT}) libjitsi's {@code Pa_Initialize} crashes the JVM with SIGSEGV (a null
 * pointer in PortAudio's ALSA host API, {@code FillInDevInfo} in {@code libjnportaudio.so}), before
 * any Java code could react. libjitsi's PulseAudio system reaches the same devices (on a desktop
 * every ALSA application goes through the sound server anyway), so it alone serves them. Elsewhere
 * (macOS, Windows) PortAudio needs no PulseAudio.
 */
final class NativeAudioProbe {

  private static final Logger LOG = LoggerFactory.getLogger(NativeAudioProbe.class);
  private static final int RTLD_NOW = 0x2;
  private static final int RTLD_GLOBAL = 0x100;
  private static final int RTLD_NODELETE = 0x1000;

  /**
   * The PulseAudio symbols libjnportaudio.so of libjitsi 1.1-50 leaves undefined (from {@code nm
   * -D}).
   */
  private static final List<String> PORTAUDIO_PULSE_SYMBOLS =
      List.of(
          "pa_context_connect",
          "pa_context_disconnect",
          "pa_context_get_server_info",
          "pa_context_get_sink_info_list",
          "pa_context_get_source_info_list",
          "pa_context_get_state",
          "pa_context_new",
          "pa_context_set_state_callback",
          "pa_context_unref",
          "pa_operation_get_state",
          "pa_operation_unref",
          "pa_sample_spec_valid",
          "pa_stream_begin_write",
          "pa_stream_cancel_write",
          "pa_stream_connect_playback",
          "pa_stream_connect_record",
          "pa_stream_cork",
          "pa_stream_disconnect",
          "pa_stream_drop",
          "pa_stream_get_buffer_attr",
          "pa_stream_get_latency",
          "pa_stream_get_state",
          "pa_stream_get_time",
          "pa_stream_is_corked",
          "pa_stream_new",
          "pa_stream_peek",
          "pa_stream_set_name",
          "pa_stream_set_read_callback",
          "pa_stream_set_started_callback",
          "pa_stream_set_state_callback",
          "pa_stream_set_underflow_callback",
          "pa_stream_set_write_callback",
          "pa_stream_unref",
          "pa_stream_update_timing_info",
          "pa_stream_writable_size",
          "pa_stream_write",
          "pa_threaded_mainloop_free",
          "pa_threaded_mainloop_get_api",
          "pa_threaded_mainloop_in_thread",
          "pa_threaded_mainloop_lock",
          "pa_threaded_mainloop_new",
          "pa_threaded_mainloop_signal",
          "pa_threaded_mainloop_start",
          "pa_threaded_mainloop_stop",
          "pa_threaded_mainloop_unlock",
          "pa_threaded_mainloop_wait",
          "pa_usec_to_bytes");

  /**
   * What may run.
   *
   * @param pulseAudio libjitsi's PulseAudio system may start
   * @param portAudio libjitsi's PortAudio system may start
   * @param reason why a system stays off (empty if none does, or only PortAudio on Linux with
   *     PulseAudio serving the devices)
   */
  record Verdict(boolean pulseAudio, boolean portAudio, String reason) {}

  /**
   * The library names this probe loads, replaceable in tests to simulate a machine without them.
   */
  record Libraries(String pulse) {
    static final Libraries LINUX = new Libraries("libpulse.so.0");
  }

  private NativeAudioProbe() {}

  /** Probes this machine; loads libpulse globally as a side effect when it is usable. */
  static Verdict probe(String osName, Libraries libraries) {
    boolean unixLike = osName.startsWith("Linux") || osName.startsWith("FreeBSD");
    if (!unixLike) {
      return new Verdict(false, true, "");
    }
    String pulseProblem = loadGlobally(libraries.pulse(), PORTAUDIO_PULSE_SYMBOLS);
    if (pulseProblem != null) {
      return new Verdict(false, false, pulseProblem + "; PulseAudio and PortAudio stay off");
    }
    String serverProblem = pulseServerProblem(System.getenv());
    if (serverProblem != null) {
      return new Verdict(false, false, serverProblem + "; PulseAudio and PortAudio stay off");
    }
    LOG.debug("PulseAudio serves the sound devices; PortAudio stays off (it crashes the JVM here)");
    return new Verdict(true, false, "");
  }

  /**
   * Why no PulseAudio (or PipeWire-Pulse) server can be reached, or null when one can: libjitsi's
   * PortAudio and PulseAudio systems both need one, and without it they only fail noisily (and
   * libpulse writes under $HOME). {@code PULSE_SERVER} counts as reachable; otherwise the server's
   * native socket must exist.
   */
  static String pulseServerProblem(Map<String, String> env) {
    if (env.containsKey("PULSE_SERVER")) {
      return null;
    }
    List<java.nio.file.Path> sockets = new java.util.ArrayList<>();
    if (env.containsKey("XDG_RUNTIME_DIR")) {
      sockets.add(java.nio.file.Path.of(env.get("XDG_RUNTIME_DIR"), "pulse", "native"));
    }
    sockets.add(java.nio.file.Path.of("/var/run/pulse/native"));
    for (java.nio.file.Path socket : sockets) {
      if (java.nio.file.Files.exists(socket)) {
        return null;
      }
    }
    return "no PulseAudio server is running (none of " + sockets + " exists)";
  }

  /** Loads a library with RTLD_GLOBAL|RTLD_NODELETE and checks symbols; the problem, or null. */
  private static String loadGlobally(String name, List<String> symbols) {
    NativeLibrary library;
    try {
      library =
          NativeLibrary.getInstance(
              name, Map.of(Library.OPTION_OPEN_FLAGS, RTLD_NOW | RTLD_GLOBAL | RTLD_NODELETE));
    } catch (UnsatisfiedLinkError e) {
      LOG.debug("native library {} not loadable", name, e);
      return name + " is not installed or not loadable (" + e.getMessage() + ")";
    }
    for (String symbol : symbols) {
      try {
        library.getFunction(symbol);
      } catch (UnsatisfiedLinkError e) {
        return name + " lacks " + symbol;
      }
    }
    return null;
  }
}
