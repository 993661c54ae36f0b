package io.swarmloader.shaka.streams;

import io.swarmloader.core.id.StreamShortId;
import io.swarmloader.core.model.StreamType;

/**
 * A stream to register with {@code Core.addStreamIfNoneExists}, before its short ID is hashed.
 *
 * @param runtimeId {@code String(stream.id)}
 * @param type main (video, or the audio of an audio-only variant) or secondary (separate audio)
 * @param inputs the short-ID inputs of wire-protocol.md §2.1
 */
public record PlannedStream(String runtimeId, StreamType type, StreamShortId.Inputs inputs) {}
