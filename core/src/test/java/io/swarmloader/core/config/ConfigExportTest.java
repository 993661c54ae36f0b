package io.swarmloader.core.config;

import static io.swarmloader.core.config.ConfigTrees.core;
import static io.swarmloader.core.config.ConfigTrees.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.swarmloader.core.download.HttpRequestSetup;
import io.swarmloader.core.download.SegmentValidator;
import io.swarmloader.core.storage.SegmentStorage;
import io.swarmloader.testing.JvmTextSemantics;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** getConfig() shape (player-integration.md §1.2) and round trip through the parser. */
class ConfigExportTest {
  private final ConfigParser parser = new ConfigParser(new JvmTextSemantics());

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> map, String key) {
    return (Map<String, Object>) map.get(key);
  }

  @Test
  void toJsTree_defaults_haveJsNamesUnitsAndSections() {
    Map<String, Object> core = child(ConfigExport.toJsTree(EngineConfig.defaults()), "core");
    assertEquals(15.0, core.get("highDemandTimeWindow"));
    assertEquals(3000.0, core.get("httpDownloadTimeWindow"));
    assertEquals(2000, core.get("p2pNotReceivingBytesTimeoutMs"));
    assertEquals(false, core.get("isP2PDisabled"));
    assertEquals("-SL0100-", core.get("trackerClientVersionPrefix"));
    assertEquals(StreamConfig.DEFAULT_ANNOUNCE_TRACKERS, core.get("announceTrackers"));
    assertFalse(core.containsKey("swarmId"));
    assertFalse(core.containsKey("segmentMemoryStorageLimit"));
    assertEquals(child(core, "mainStream"), child(core, "secondaryStream"));
    assertEquals(65_536, child(core, "mainStream").get("maxAnnouncedIds"));
    assertFalse(child(core, "mainStream").containsKey("validateP2PSegment"));
  }

  @Test
  void toJsTree_roundTrip_parsesBackToEqualConfig() {
    SegmentValidator validator = (url, range, data, result) -> result.accept(true);
    HttpRequestSetup setup = (url, range, requestRange, result) -> result.accept(null);
    Function<Boolean, SegmentStorage> factory = isLive -> null;
    Object rtc = new Object();
    EngineConfig original =
        parser.parse(
            core(
                "segmentMemoryStorageLimit",
                300,
                "customSegmentStorageFactory",
                factory,
                "highDemandTimeWindow",
                12.345,
                "p2pDownloadTimeWindow",
                Double.POSITIVE_INFINITY,
                "rtcConfig",
                rtc,
                "httpRequestSetup",
                setup,
                "mainStream",
                obj(
                    "swarmId",
                    "video-only",
                    "validateP2PSegment",
                    validator,
                    "maxPeersPerSwarm",
                    4),
                "secondaryStream",
                obj("announceTrackers", List.of("wss://audio"), "isP2PDisabled", true)));
    Map<String, Object> tree = ConfigExport.toJsTree(original);
    Map<String, Object> core = child(tree, "core");
    assertFalse(core.containsKey("swarmId"));
    assertFalse(core.containsKey("validateP2PSegment"));
    assertEquals(Double.POSITIVE_INFINITY, core.get("p2pDownloadTimeWindow"));
    assertEquals(12.345, core.get("highDemandTimeWindow"));

    EngineConfig reparsed = parser.parse(tree);
    assertEquals(original, reparsed);
    assertEquals(null, reparsed.secondary().swarmId());
    assertSame(rtc, reparsed.secondary().rtcConfig());
  }

  @Test
  void toJsTree_result_isFreshDeepCopyWithFunctionsByReference() {
    HttpRequestSetup setup = (url, range, requestRange, result) -> result.accept(null);
    EngineConfig config = parser.parse(core("httpRequestSetup", setup));
    Map<String, Object> first = ConfigExport.toJsTree(config);
    Map<String, Object> second = ConfigExport.toJsTree(config);
    assertNotSame(first, second);
    @SuppressWarnings("unchecked")
    List<Object> trackers = (List<Object>) child(first, "core").get("announceTrackers");
    trackers.add("wss://mutated");
    assertEquals(StreamConfig.DEFAULT_ANNOUNCE_TRACKERS, config.main().announceTrackers());
    assertSame(setup, child(child(second, "core"), "secondaryStream").get("httpRequestSetup"));
  }
}
