package io.swarmloader.core.model;

/**
 * A stream registered by an adapter: {@code runtimeId} is the adapter's key (level URL or Shaka
 * stream id), {@code shortId} the 28-character stream short ID (wire-protocol.md §2.1).
 */
public record StreamInfo(String runtimeId, StreamType type, String shortId) {}
