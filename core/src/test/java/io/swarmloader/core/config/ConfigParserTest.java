package io.swarmloader.core.config;

import static io.swarmloader.core.config.ConfigTrees.core;
import static io.swarmloader.core.config.ConfigTrees.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.download.SegmentValidator;
import io.swarmloader.core.storage.SegmentStorage;
import io.swarmloader.testing.JvmTextSemantics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** player-integration.md §1.4 merge rules and style.md §2.8 messages. */
class ConfigParserTest {
  private final ConfigParser parser = new ConfigParser(new JvmTextSemantics());
  private final List<String> warnings = new ArrayList<>();

  private EngineConfig parse(Map<String, Object> root) {
    return parser.parse(root, warnings);
  }

  private String errorOf(Map<String, Object> root) {
    return assertThrows(ConfigException.class, () -> parse(root)).getMessage();
  }

  @Test
  void parse_nullEmptyOrNoCore_givesDefaults() {
    assertEquals(EngineConfig.defaults(), parse(null));
    assertEquals(EngineConfig.defaults(), parse(obj()));
    assertEquals(EngineConfig.defaults(), parse(obj("core", null)));
    assertEquals(EngineConfig.defaults(), parse(obj("core", obj())));
    assertEquals("-SL0100-", parse(null).main().trackerClientVersionPrefix());
    assertTrue(warnings.isEmpty());
  }

  @Test
  void parse_topLevelStreamOption_appliesToBothStreams() {
    EngineConfig c = parse(core("simultaneousHttpDownloads", 4.0, "isP2PUploadDisabled", true));
    assertEquals(4, c.main().simultaneousHttpDownloads());
    assertEquals(4, c.secondary().simultaneousHttpDownloads());
    assertTrue(c.main().isP2PUploadDisabled());
    assertTrue(c.secondary().isP2PUploadDisabled());
  }

  @Test
  void parse_section_overridesTopLevelForItsStreamOnly() {
    EngineConfig c =
        parse(
            core(
                "simultaneousHttpDownloads",
                4,
                "swarmId",
                "top",
                "mainStream",
                obj("simultaneousHttpDownloads", 1, "swarmId", "video"),
                "secondaryStream",
                obj("swarmId", "audio")));
    assertEquals(1, c.main().simultaneousHttpDownloads());
    assertEquals(4, c.secondary().simultaneousHttpDownloads());
    assertEquals("video", c.main().swarmId());
    assertEquals("audio", c.secondary().swarmId());
  }

  @Test
  void parse_nullValues_areRemovedAndNeverOverride() {
    EngineConfig c =
        parse(
            core(
                "httpErrorRetries",
                null,
                "p2pErrorRetries",
                5,
                "mainStream",
                obj("p2pErrorRetries", null, "isP2PDisabled", null),
                "secondaryStream",
                null));
    assertEquals(StreamConfig.DEFAULT_HTTP_ERROR_RETRIES, c.main().httpErrorRetries());
    assertEquals(5, c.main().p2pErrorRetries());
    assertEquals(5, c.secondary().p2pErrorRetries());
  }

  @Test
  void parse_secondsKeys_convertedToMilliseconds() {
    EngineConfig c =
        parse(
            core(
                "highDemandTimeWindow",
                20,
                "httpDownloadTimeWindow",
                1.5,
                "p2pDownloadTimeWindow",
                Double.POSITIVE_INFINITY,
                "httpDownloadInitialTimeoutMs",
                250));
    assertEquals(20_000, c.main().highDemandWindowMs());
    assertEquals(1_500, c.main().httpDownloadWindowMs());
    assertEquals(Integer.MAX_VALUE, c.main().p2pDownloadWindowMs());
    assertEquals(250, c.main().httpDownloadInitialTimeoutMs());
  }

  @Test
  void parse_functionsAndRtcConfig_keptByReference() {
    SegmentValidator p2p = (url, range, data, result) -> result.accept(true);
    SegmentValidator http = (url, range, data, result) -> result.accept(false);
    HttpRequestSetup setup = (url, range, requestRange, result) -> result.accept(null);
    Function<Boolean, SegmentStorage> factory = isLive -> null;
    Map<String, Object> rtc = obj("iceServers", List.of(obj("urls", "stun:x")));
    EngineConfig c =
        parse(
            core(
                "validateP2PSegment", p2p,
                "validateHTTPSegment", http,
                "httpRequestSetup", setup,
                "rtcConfig", rtc,
                "customSegmentStorageFactory", factory,
                "segmentMemoryStorageLimit", 512));
    assertSame(p2p, c.secondary().validateP2PSegment());
    assertSame(http, c.main().validateHttpSegment());
    assertSame(setup, c.main().httpRequestSetup());
    assertSame(rtc, c.main().rtcConfig());
    assertSame(factory, c.common().customSegmentStorageFactory());
    assertEquals(512, c.common().segmentMemoryStorageLimitMiB());
  }

  @Test
  void parse_announceTrackers_copiedAsStrings() {
    List<Object> trackers = new ArrayList<>(List.of("wss://a", "wss://b"));
    EngineConfig c = parse(core("announceTrackers", trackers));
    trackers.add("wss://c");
    assertEquals(List.of("wss://a", "wss://b"), c.main().announceTrackers());
  }

  @Test
  void parse_forbiddenKeys_rejectedAtEveryLevelUnlessUndefined() {
    assertEquals(
        "__proto__ is not allowed as a config key", errorOf(obj("__proto__", obj("x", 1))));
    assertEquals(
        "core.constructor is not allowed as a config key", errorOf(core("constructor", obj())));
    assertEquals(
        "core.mainStream.prototype is not allowed as a config key",
        errorOf(core("mainStream", obj("prototype", 1))));
    assertEquals(EngineConfig.defaults(), parse(core("__proto__", null)));
  }

  @Test
  void parse_unknownKeys_ignoredWithWarningsInsideCoreOnly() {
    EngineConfig c =
        parse(
            obj(
                "onHlsJsCreated",
                (Runnable) () -> {},
                "core",
                obj(
                    "fooBar",
                    1,
                    "mainStream",
                    obj("segmentMemoryStorageLimit", 5, "isP2PDisabled", true))));
    assertTrue(c.main().isP2PDisabled());
    assertNull(c.common().segmentMemoryStorageLimitMiB());
    assertEquals(
        List.of(
            "core.fooBar is not a known option and was ignored",
            "core.mainStream.segmentMemoryStorageLimit is not a known option and was ignored"),
        warnings);
  }

  @Test
  void parse_rangeErrors_nameFullPathAndValue() {
    assertEquals(
        "core.mainStream.simultaneousHttpDownloads must be at least 1, was 0",
        errorOf(core("mainStream", obj("simultaneousHttpDownloads", 0))));
    assertEquals(
        "core.secondaryStream.highDemandTimeWindow must be at least 0, was -0.5",
        errorOf(core("secondaryStream", obj("highDemandTimeWindow", -0.5))));
    assertEquals(
        "core.maxSegmentSizeBytes must be at most 2147483647, was 1e+100",
        errorOf(core("maxSegmentSizeBytes", 1e100)));
    assertEquals(
        "core.webRtcMaxMessageSize must be at least 64, was 63",
        errorOf(core("webRtcMaxMessageSize", 63)));
    assertEquals(
        "core.segmentMemoryStorageLimit must be at least 1, was 0",
        errorOf(core("segmentMemoryStorageLimit", 0)));
  }

  @Test
  void parse_typeErrors_nameFullPathAndValue() {
    assertEquals(
        "core.isP2PDisabled must be a boolean, was \"yes\"", errorOf(core("isP2PDisabled", "yes")));
    assertEquals(
        "core.simultaneousP2PDownloads must be an integer, was 2.5",
        errorOf(core("simultaneousP2PDownloads", 2.5)));
    assertEquals(
        "core.httpErrorRetries must be a number, was \"3\"",
        errorOf(core("httpErrorRetries", "3")));
    assertEquals(
        "core.p2pErrorRetries must be a number, was NaN",
        errorOf(core("p2pErrorRetries", Double.NaN)));
    assertEquals(
        "core.announceTrackers[1] must be a string, was 5",
        errorOf(core("announceTrackers", List.of("wss://a", 5))));
    assertEquals(
        "core.announceTrackers must be an array of strings, was \"wss://a\"",
        errorOf(core("announceTrackers", "wss://a")));
    assertEquals(
        "core.mainStream.trackerClientVersionPrefix must be printable ASCII of at most 12"
            + " characters, was \"-LONGERTHAN12-\"",
        errorOf(core("mainStream", obj("trackerClientVersionPrefix", "-LONGERTHAN12-"))));
    assertEquals(
        "core.customSegmentStorageFactory must be a function, was an object",
        errorOf(core("customSegmentStorageFactory", obj())));
    assertEquals(
        "core.validateP2PSegment must be a function, was true",
        errorOf(core("validateP2PSegment", true)));
    assertEquals("core.rtcConfig must be an object, was 1", errorOf(core("rtcConfig", 1)));
    assertEquals(
        "core.swarmId must be a string, was an array", errorOf(core("swarmId", List.of())));
    assertEquals("core.mainStream must be an object, was 5", errorOf(core("mainStream", 5)));
    assertEquals("core must be an object, was \"x\"", errorOf(obj("core", "x")));
  }

  @Test
  void streamOptions_minimums_agreeWithBuilderValidation() {
    for (StreamOption option : StreamOption.values()) {
      if (option.kind != OptionKind.INT && option.kind != OptionKind.SECONDS_AS_MS) {
        continue;
      }
      StreamConfig.Builder atMin = StreamConfig.builder();
      option.set(atMin, option.min);
      atMin.build();
      StreamConfig.Builder below = StreamConfig.builder();
      option.set(below, option.min - 1);
      assertThrows(ConfigException.class, below::build, option.jsKey);
    }
  }

  @Test
  void streamOptions_everyBuilderSetter_isMapped() {
    long setters =
        java.util.Arrays.stream(StreamConfig.Builder.class.getDeclaredMethods())
            .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
            .filter(m -> m.getReturnType() == StreamConfig.Builder.class)
            .count();
    assertEquals(setters, StreamOption.values().length);
    StreamOption[] all = StreamOption.values();
    for (int i = 0; i < all.length; i++) {
      assertEquals(i, all[i].index, all[i].jsKey);
    }
  }
}
