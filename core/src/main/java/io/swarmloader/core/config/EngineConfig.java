package io.swarmloader.core.config;

import io.swarmloader.core.model.StreamType;

/**
 * The whole engine configuration: common options plus one {@link StreamConfig} per stream type
 * (player-integration.md §1.4). Immutable; a dynamic update produces a new instance.
 */
public record EngineConfig(CommonConfig common, StreamConfig main, StreamConfig secondary) {
  public EngineConfig {
    if (common == null || main == null || secondary == null) {
      throw new IllegalArgumentException("EngineConfig parts must not be null");
    }
  }

  public static EngineConfig defaults() {
    return new EngineConfig(
        CommonConfig.defaults(), StreamConfig.defaults(), StreamConfig.defaults());
  }

  public StreamConfig stream(StreamType type) {
    return type == StreamType.MAIN ? main : secondary;
  }

  public EngineConfig withStream(StreamType type, StreamConfig config) {
    return type == StreamType.MAIN
        ? new EngineConfig(common, config, secondary)
        : new EngineConfig(common, main, config);
  }
}
