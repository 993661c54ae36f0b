package io.swarmloader.core.config;

import static io.swarmloader.core.config.ConfigTrees.core;
import static io.swarmloader.core.config.ConfigTrees.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.download.SegmentValidator;
import io.swarmloader.testing.JvmTextSemantics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** player-integration.md §1.4 rule 5 and the "Dynamic" column. */
class DynamicConfigTest {
  private final ConfigParser parser = new ConfigParser(new JvmTextSemantics());
  private final List<String> warnings = new ArrayList<>();
  private final EngineConfig current =
      parser.parse(
          core(
              "swarmId",
              "s1",
              "simultaneousHttpDownloads",
              3,
              "secondaryStream",
              obj("simultaneousHttpDownloads", 1)));

  private EngineConfig apply(Map<String, Object> dynamic) {
    return parser.applyDynamicConfig(current, dynamic, warnings);
  }

  private String errorOf(Map<String, Object> dynamic) {
    return assertThrows(ConfigException.class, () -> apply(dynamic)).getMessage();
  }

  @Test
  void applyDynamicConfig_topLevel_overwritesBothStreamsAndKeepsTheRest() {
    EngineConfig next = apply(core("isP2PDisabled", true, "highDemandTimeWindow", 30));
    assertTrue(next.main().isP2PDisabled());
    assertTrue(next.secondary().isP2PDisabled());
    assertEquals(30_000, next.secondary().highDemandWindowMs());
    assertEquals("s1", next.main().swarmId());
    assertEquals(3, next.main().simultaneousHttpDownloads());
    assertEquals(1, next.secondary().simultaneousHttpDownloads());
  }

  @Test
  void applyDynamicConfig_sections_applyAfterTopLevel() {
    EngineConfig next =
        apply(
            core(
                "simultaneousP2PDownloads",
                5,
                "mainStream",
                obj("simultaneousP2PDownloads", 7, "isP2PUploadDisabled", true)));
    assertEquals(7, next.main().simultaneousP2PDownloads());
    assertEquals(5, next.secondary().simultaneousP2PDownloads());
    assertTrue(next.main().isP2PUploadDisabled());
    assertFalse(next.secondary().isP2PUploadDisabled());
  }

  @Test
  void applyDynamicConfig_limitsFunctionsAndMemoryLimit_areDynamic() {
    SegmentValidator validator = (url, range, data, result) -> result.accept(true);
    HttpRequestSetup setup = (url, range, requestRange, result) -> result.accept(null);
    EngineConfig next =
        apply(
            core(
                "maxPeersPerSwarm", 5,
                "uploadResponseDeadlineMs", 500,
                "validateP2PSegment", validator,
                "httpRequestSetup", setup,
                "segmentMemoryStorageLimit", 256));
    assertEquals(5, next.secondary().maxPeersPerSwarm());
    assertEquals(500, next.main().uploadResponseDeadlineMs());
    assertSame(validator, next.main().validateP2PSegment());
    assertSame(setup, next.secondary().httpRequestSetup());
    assertEquals(256, next.common().segmentMemoryStorageLimitMiB());
  }

  @Test
  void applyDynamicConfig_nonDynamicKeys_rejectedWithPath() {
    String suffix = " cannot be changed by applyDynamicConfig; set it when creating the engine";
    assertEquals(
        "core.announceTrackers" + suffix, errorOf(core("announceTrackers", List.of("wss://x"))));
    assertEquals("core.rtcConfig" + suffix, errorOf(core("rtcConfig", obj())));
    assertEquals(
        "core.trackerClientVersionPrefix" + suffix,
        errorOf(core("trackerClientVersionPrefix", "-X-")));
    assertEquals(
        "core.mainStream.swarmId" + suffix, errorOf(core("mainStream", obj("swarmId", "s2"))));
    SegmentValidator validator = (url, range, data, result) -> result.accept(true);
    assertEquals(
        "core.secondaryStream.validateHTTPSegment" + suffix,
        errorOf(core("secondaryStream", obj("validateHTTPSegment", validator))));
    assertEquals(
        "core.customSegmentStorageFactory" + suffix,
        errorOf(core("customSegmentStorageFactory", (java.util.function.Function<?, ?>) x -> x)));
  }

  @Test
  void applyDynamicConfig_invalidValue_throwsAndLeavesCurrentUntouched() {
    EngineConfig before = current;
    assertEquals(
        "core.mainStream.httpErrorRetries must be at least 1, was 0",
        errorOf(core("isP2PDisabled", true, "mainStream", obj("httpErrorRetries", 0))));
    assertSame(before, current);
    assertFalse(current.main().isP2PDisabled());
  }

  @Test
  void applyDynamicConfig_emptyNullAndUnknown_keepConfigAndWarn() {
    assertSame(current, apply(null));
    assertSame(current, apply(obj()));
    assertEquals(current, apply(core("isP2PDisabled", null, "nope", 1)));
    assertEquals(List.of("core.nope is not a known option and was ignored"), warnings);
    assertEquals(
        "core.__proto__ is not allowed as a config key", errorOf(core("__proto__", obj())));
  }
}
