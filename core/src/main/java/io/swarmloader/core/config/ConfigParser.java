package io.swarmloader.core.config;

import io.swarmloader.core.platform.TextSemantics;
import io.swarmloader.core.storage.SegmentStorage;
import io.swarmloader.core.util.OrderedMap;
import io.swarmloader.core.util.Text;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the JS-side engine config into an {@link EngineConfig} (player-integration.md §1.4).
 *
 * <p>Input is the plain Java tree the browser module builds from the JS object: {@code Map<String,
 * Object>} with String, Number, Boolean, List and Map values, and already-wrapped functions ({@code
 * SegmentValidator}, {@code HttpRequestSetup}, {@code Function<Boolean, SegmentStorage>}); {@code
 * rtcConfig} may be any object. The root is {@code {core?: {...}}}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A key whose value is null (JS {@code undefined} or {@code null}) counts as absent, at every
 *       level.
 *   <li>Each stream config = defaults, overlaid by the stream options at the top of {@code core},
 *       overlaid by its {@code mainStream} or {@code secondaryStream} section.
 *   <li>{@code __proto__}, {@code constructor} and {@code prototype} are rejected at every level.
 *   <li>Other keys of the root are ignored silently (the hls.js mixin passes its whole {@code p2p}
 *       object, {@code onHlsJsCreated} included). Unknown keys inside {@code core} and its sections
 *       are ignored and reported in the caller's warning list.
 *   <li>A wrong type or range throws {@link ConfigException} naming the full key path and value.
 *       Nothing is half-applied: the result is built only when every value is valid.
 * </ul>
 *
 * <p>Stateless; {@code text} only prints numbers in messages.
 */
public final class ConfigParser {
  static final String CORE = "core";
  static final String MAIN_STREAM = "mainStream";
  static final String SECONDARY_STREAM = "secondaryStream";
  static final String SEGMENT_MEMORY_STORAGE_LIMIT = "segmentMemoryStorageLimit";
  static final String CUSTOM_SEGMENT_STORAGE_FACTORY = "customSegmentStorageFactory";

  private final ConfigValues values;

  public ConfigParser(TextSemantics text) {
    this.values = new ConfigValues(text);
  }

  /** {@link #parse(Map, List)} discarding warnings. */
  public EngineConfig parse(Map<String, Object> root) {
    return parse(root, null);
  }

  /**
   * Parses a constructor config; {@code root} may be null. Warnings about ignored keys are appended
   * to {@code warnings} when it is not null.
   *
   * @throws ConfigException for a forbidden key, a wrong type or an out-of-range value
   */
  public EngineConfig parse(Map<String, Object> root, List<String> warnings) {
    return apply(EngineConfig.defaults(), root, false, warnings);
  }

  /**
   * {@code applyDynamicConfig}: overlays {@code dynamicRoot} ({@code {core?: DynamicCoreConfig}})
   * on {@code current}. Top-level keys go into the common config and both stream configs, then each
   * section into its stream. Only dynamic options are accepted (stream options marked "Dynamic" in
   * player-integration.md §1.4, the wire-protocol.md §10 limits, and {@code
   * segmentMemoryStorageLimit}); any other known option throws.
   *
   * @throws ConfigException as {@link #parse}, or for a non-dynamic option; {@code current} is
   *     never modified
   */
  public EngineConfig applyDynamicConfig(
      EngineConfig current, Map<String, Object> dynamicRoot, List<String> warnings) {
    return apply(current, dynamicRoot, true, warnings);
  }

  private EngineConfig apply(
      EngineConfig base, Map<String, Object> root, boolean dynamic, List<String> warnings) {
    if (root == null) {
      return base;
    }
    rejectForbiddenKeys(root, "");
    Map<String, Object> core = asObject(root.get(CORE), CORE);
    if (core == null) {
      return base;
    }
    rejectForbiddenKeys(core, CORE + ".");
    CommonConfig common = applyCommon(base.common(), core, dynamic);
    StreamConfig.Builder main = base.main().toBuilder();
    StreamConfig.Builder secondary = base.secondary().toBuilder();
    for (String key : OrderedMap.keysOf(core)) {
      Object raw = core.get(key);
      if (raw == null || isCommonKey(key) || isSectionKey(key)) {
        continue;
      }
      String path = Text.cat(CORE, ".", key);
      StreamOption option = knownOption(key, path, dynamic, warnings);
      if (option != null) {
        Object value = values.toJava(option.kind, option.min, path, raw);
        option.set(main, value);
        option.set(secondary, value);
      }
    }
    applySection(main, core, MAIN_STREAM, dynamic, warnings);
    applySection(secondary, core, SECONDARY_STREAM, dynamic, warnings);
    return new EngineConfig(
        common,
        build(main, CORE + "." + MAIN_STREAM),
        build(secondary, CORE + "." + SECONDARY_STREAM));
  }

  private void applySection(
      StreamConfig.Builder builder,
      Map<String, Object> core,
      String sectionKey,
      boolean dynamic,
      List<String> warnings) {
    String sectionPath = Text.cat(CORE, ".", sectionKey);
    Map<String, Object> section = asObject(core.get(sectionKey), sectionPath);
    if (section == null) {
      return;
    }
    rejectForbiddenKeys(section, Text.cat(sectionPath, "."));
    for (String key : OrderedMap.keysOf(section)) {
      Object raw = section.get(key);
      if (raw == null) {
        continue;
      }
      String path = Text.cat(sectionPath, ".", key);
      StreamOption option = knownOption(key, path, dynamic, warnings);
      if (option != null) {
        option.set(builder, values.toJava(option.kind, option.min, path, raw));
      }
    }
  }

  private CommonConfig applyCommon(CommonConfig base, Map<String, Object> core, boolean dynamic) {
    Integer limitMiB = base.segmentMemoryStorageLimitMiB();
    Function<Boolean, SegmentStorage> factory = base.customSegmentStorageFactory();
    Object rawLimit = core.get(SEGMENT_MEMORY_STORAGE_LIMIT);
    if (rawLimit != null) {
      String path = CORE + "." + SEGMENT_MEMORY_STORAGE_LIMIT;
      limitMiB = (Integer) values.toJava(OptionKind.INT, 1, path, rawLimit);
    }
    Object rawFactory = core.get(CUSTOM_SEGMENT_STORAGE_FACTORY);
    if (rawFactory != null) {
      String path = CORE + "." + CUSTOM_SEGMENT_STORAGE_FACTORY;
      if (dynamic) {
        throw notDynamic(path);
      }
      factory = castFactory(values.toJava(OptionKind.STORAGE_FACTORY, 0, path, rawFactory));
    }
    return new CommonConfig(limitMiB, factory);
  }

  /** The option for {@code key}, or null (with a warning) when the key is unknown. */
  private static StreamOption knownOption(
      String key, String path, boolean dynamic, List<String> warnings) {
    StreamOption option = StreamOption.byJsKey(key);
    if (option == null) {
      if (warnings != null) {
        warnings.add(Text.cat(path, " is not a known option and was ignored"));
      }
      return null;
    }
    if (dynamic && !option.dynamic) {
      throw notDynamic(path);
    }
    return option;
  }

  private static ConfigException notDynamic(String path) {
    return new ConfigException(
        Text.cat(
            path, " cannot be changed by applyDynamicConfig; set it when creating the engine"));
  }

  private Map<String, Object> asObject(Object raw, String path) {
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof Map)) {
      throw values.mustBe(path, "an object", raw);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) raw;
    return map;
  }

  /** Merge rule 3; a key whose value is undefined was removed first (rule 1), so it passes. */
  private static void rejectForbiddenKeys(Map<String, Object> map, String pathPrefix) {
    for (String key : OrderedMap.keysOf(map)) {
      boolean forbidden =
          key.equals("__proto__") || key.equals("constructor") || key.equals("prototype");
      if (forbidden && map.get(key) != null) {
        throw new ConfigException(Text.cat(pathPrefix, key, " is not allowed as a config key"));
      }
    }
  }

  private static StreamConfig build(StreamConfig.Builder builder, String path) {
    try {
      return builder.build();
    } catch (ConfigException e) {
      // Unreachable while StreamOption mirrors ConfigChecks; kept so a drift still names the path.
      throw new ConfigException(Text.cat(path, ": ", e.getMessage()));
    }
  }

  static boolean isCommonKey(String key) {
    return key.equals(SEGMENT_MEMORY_STORAGE_LIMIT) || key.equals(CUSTOM_SEGMENT_STORAGE_FACTORY);
  }

  static boolean isSectionKey(String key) {
    return key.equals(MAIN_STREAM) || key.equals(SECONDARY_STREAM);
  }

  @SuppressWarnings("unchecked")
  private static Function<Boolean, SegmentStorage> castFactory(Object value) {
    return (Function<Boolean, SegmentStorage>) value;
  }
}
