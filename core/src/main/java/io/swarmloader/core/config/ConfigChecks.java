package io.swarmloader.core.config;

import io.swarmloader.core.util.Text;

/**
 * Validation of {@link StreamConfig} values; messages name the key (player-integration.md §1.4).
 * The minimums are those of the {@link StreamOption} table.
 */
final class ConfigChecks {
  private ConfigChecks() {}

  /** Checks every numeric minimum in table order, then the tracker list and the peer-ID prefix. */
  static void validate(StreamConfig c) {
    for (StreamOption option : StreamOption.values()) {
      if (option.kind == OptionKind.INT || option.kind == OptionKind.SECONDS_AS_MS) {
        int value = (Integer) c.value(option);
        if (value < option.min) {
          throw ConfigValues.invalid(
              option.jsKey, Text.cat("at least ", option.min), String.valueOf(value));
        }
      }
    }
    if (c.announceTrackers() == null) {
      throw ConfigValues.invalid("announceTrackers", "an array of strings", "null");
    }
    String prefix = c.trackerClientVersionPrefix();
    if (prefix == null || prefix.length() > 12 || !isPrintableAscii(prefix)) {
      throw ConfigValues.invalid(
          "trackerClientVersionPrefix",
          "printable ASCII of at most 12 characters",
          Text.cat("\"", prefix, "\""));
    }
  }

  static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x20 || ch > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
