package io.swarmloader.shaka.streams;

import io.swarmloader.core.id.StreamShortId;
import io.swarmloader.core.model.StreamType;

/**
 * A stream to register with {@code Core.addStreamIfNoneExists}, before its short ID is hashed. A
 * plain class rather than a record: a record's generated {@code equals} and {@code hashCode} would
 * ship in the bundle unused.
 */
public final class PlannedStream {
  private final String runtimeId;
  private final StreamType type;
  private final StreamShortId.Inputs inputs;

  public PlannedStream(String runtimeId, StreamType type, StreamShortId.Inputs inputs) {
    this.runtimeId = runtimeId;
    this.type = type;
    this.inputs = inputs;
  }

  /** {@code String(stream.id)}. */
  public String runtimeId() {
    return runtimeId;
  }

  /** Main (video, or the audio of an audio-only variant) or secondary (separate audio). */
  public StreamType type() {
    return type;
  }

  /** The short-ID inputs of wire-protocol.md §2.1. */
  public StreamShortId.Inputs inputs() {
    return inputs;
  }
}
