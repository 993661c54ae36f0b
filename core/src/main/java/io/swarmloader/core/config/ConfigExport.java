package io.swarmloader.core.config;

import io.swarmloader.core.util.OrderedMap;
import java.util.Map;

/**
 * Builds the {@code getConfig()} result (player-integration.md §1.2, §1.4 rule 4) as a fresh plain
 * tree: {@code {core: {...common, ...main stream options, mainStream: {...}, secondaryStream:
 * {...}}}}, with JS key names and JS units (seconds for the time windows). Unset values are left
 * out (JS {@code undefined}). Lists are copied; functions and {@code rtcConfig} are returned by
 * reference.
 *
 * <p>The result parses back to an equal {@link EngineConfig}. To keep that true, a top-level stream
 * option that is set for the main stream but unset for the secondary one (say {@code swarmId} in
 * {@code mainStream} only) appears only in the {@code mainStream} section, since at the top level
 * it would also reach the secondary stream.
 */
public final class ConfigExport {
  private ConfigExport() {}

  public static Map<String, Object> toJsTree(EngineConfig config) {
    OrderedMap<Object> core = new OrderedMap<>();
    CommonConfig common = config.common();
    if (common.segmentMemoryStorageLimitMiB() != null) {
      core.put(ConfigParser.SEGMENT_MEMORY_STORAGE_LIMIT, common.segmentMemoryStorageLimitMiB());
    }
    if (common.customSegmentStorageFactory() != null) {
      core.put(ConfigParser.CUSTOM_SEGMENT_STORAGE_FACTORY, common.customSegmentStorageFactory());
    }
    for (StreamOption option : StreamOption.values()) {
      Object mainValue = option.get(config.main());
      if (mainValue != null && option.get(config.secondary()) != null) {
        core.put(option.jsKey, ConfigValues.toJs(option.kind, mainValue));
      }
    }
    core.put(ConfigParser.MAIN_STREAM, streamTree(config.main()));
    core.put(ConfigParser.SECONDARY_STREAM, streamTree(config.secondary()));
    OrderedMap<Object> root = new OrderedMap<>();
    root.put(ConfigParser.CORE, core);
    return root;
  }

  /** One stream's options with JS names and units; unset options left out. */
  public static Map<String, Object> streamTree(StreamConfig config) {
    OrderedMap<Object> tree = new OrderedMap<>();
    for (StreamOption option : StreamOption.values()) {
      Object value = option.get(config);
      if (value != null) {
        tree.put(option.jsKey, ConfigValues.toJs(option.kind, value));
      }
    }
    return tree;
  }
}
