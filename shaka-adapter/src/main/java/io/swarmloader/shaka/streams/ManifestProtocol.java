package io.swarmloader.shaka.streams;

/**
 * The manifest format of the current source, decided by the wrapped parser (§4.5): int constants
 * (no enum class in the bundle).
 */
public final class ManifestProtocol {
  /** HLS (the source's manifest is an HLS playlist). */
  public static final int HLS = 0;

  /** DASH (every source that is not HLS). */
  public static final int DASH = 1;

  /** Not decided yet (before the parser starts, after a source change). */
  public static final int UNKNOWN = -1;

  private ManifestProtocol() {}
}
