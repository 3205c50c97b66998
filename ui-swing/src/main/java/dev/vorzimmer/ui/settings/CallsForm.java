package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.CallsAndVoicemailSettings;
import dev.vorzimmer.app.config.ConfigEditor;
import dev.vorzimmer.app.config.ConfigException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code [calls]} and {@code [voicemail]} settings of the settings tab, with the ranges the
 * configuration accepts (the spinners use them, so nothing out of range can be typed). No Swing.
 */
record CallsForm(
    int ringSeconds, boolean busyToVoicemail, int maxMessageSeconds, int silenceSeconds) {
  static final int[] RING_RANGE = {1, 300};
  static final int[] MAX_MESSAGE_RANGE = {10, 3600};
  static final int[] SILENCE_RANGE = {2, 600};

  static CallsForm of(CallsAndVoicemailSettings c) {
    return new CallsForm(
        c.ringSeconds(), c.busyToVoicemail(), c.maxMessageSeconds(), c.silenceSeconds());
  }

  /**
   * Writes both sections (each checked by the loader before it replaces the file) and returns the
   * configuration as now stored. Running calls keep their settings; the phone uses these from its
   * next start.
   *
   * @throws ConfigException when the file would become invalid (it is then unchanged)
   */
  AppConfig save(ConfigEditor editor) throws ConfigException, IOException {
    Map<String, Object> calls = new LinkedHashMap<>();
    calls.put("ring_seconds", ringSeconds);
    calls.put("busy", busyToVoicemail ? "voicemail" : "reject");
    Map<String, Object> voicemail = new LinkedHashMap<>();
    voicemail.put("max_seconds", maxMessageSeconds);
    voicemail.put("silence_seconds", silenceSeconds);
    editor.set("calls", calls);
    return editor.set("voicemail", voicemail);
  }
}
