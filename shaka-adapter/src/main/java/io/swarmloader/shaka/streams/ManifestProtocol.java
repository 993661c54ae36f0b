package io.swarmloader.shaka.streams;

/** The manifest format of the current source, decided by the wrapped parser (§4.5). */
public enum ManifestProtocol {
  HLS,
  DASH
}
