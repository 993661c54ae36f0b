package io.swarmloader.core.protocol;

/**
 * What {@link CommandCodec#decode} made of a command body. Decoding never throws; it yields one of
 * these three values.
 */
public sealed interface DecodeResult {
  /** A known command, fully decoded. */
  record Decoded(PeerCommand command) implements DecodeResult {}

  /** A well-formed body with a command code this version does not know; ignore it (§6.1). */
  record UnknownCode(int code) implements DecodeResult {}

  /** A body that cannot be decoded; drop it and count it (§8.5). */
  record Malformed(String reason) implements DecodeResult {}
}
