package io.swarmloader.core.config;

/** A configuration error; the message names the offending key path and value. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
