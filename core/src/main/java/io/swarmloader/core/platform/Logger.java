package io.swarmloader.core.platform;

/** Diagnostic output (console in browsers). */
public interface Logger {
  Logger NONE = (level, message) -> {};

  void log(String level, String message);

  default void warn(String message) {
    log("warn", message);
  }

  default void debug(String message) {
    log("debug", message);
  }
}
