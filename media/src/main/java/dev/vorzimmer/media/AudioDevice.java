package dev.vorzimmer.media;

import java.util.Objects;

/**
 * A microphone or speaker the device layer found.
 *
 * @param id stable identifier to open it with (e.g. {@code pulseaudio:alsa_input.usb-...}); not for
 *     display
 * @param name human-readable name for a device chooser
 */
public record AudioDevice(String id, String name) {

  /** Validates the values. */
  public AudioDevice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
