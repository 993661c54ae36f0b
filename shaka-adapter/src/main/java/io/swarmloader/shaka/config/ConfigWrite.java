package io.swarmloader.shaka.config;

/**
 * One {@code player.configure(path, value)} call. A plain class rather than a record: a record's
 * generated {@code equals} and {@code hashCode} would ship in the bundle unused.
 */
public final class ConfigWrite {
  private final String path;
  private final Object value;

  public ConfigWrite(String path, Object value) {
    this.path = path;
    this.value = value;
  }

  /** Shaka's dotted config path, e.g. {@code manifest.defaultPresentationDelay}. */
  public String path() {
    return path;
  }

  /** A {@link Double} or a {@link Boolean}. */
  public Object value() {
    return value;
  }
}
