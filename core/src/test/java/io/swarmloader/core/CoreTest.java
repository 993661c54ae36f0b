package io.swarmloader.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.swarmloader.core.config.ConfigException;
import io.swarmloader.core.config.EngineConfig;
import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.http.PlayerHttpSettings;
import io.swarmloader.core.id.SwarmIds;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.HttpRequest;
import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.platform.Platform;
import io.swarmloader.core.scheduling.PlayerRequestCallback;
import io.swarmloader.core.tracker.TrackerUrlPolicy;
import io.swarmloader.testing.FakeTracker;
import io.swarmloader.testing.JvmTextSemantics;
import io.swarmloader.testing.RecordingEventListener;
import io.swarmloader.testing.ScriptedOrigin;
import io.swarmloader.testing.SeededRandom;
import io.swarmloader.testing.SimulatedNetwork;
import io.swarmloader.testing.VirtualClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine facade (player-integration.md §2) over the fakes. */
class CoreTest {
  private static final String TRACKER = "wss://tracker.core.test";
  private static final String BASE = "https://origin.test/vod/";
  private final VirtualClock clock = new VirtualClock(1_000);
  private final ScriptedOrigin origin = new ScriptedOrigin(clock);
  private final FakeTracker tracker = new FakeTracker(TRACKER, clock, 5);
  private final SimulatedNetwork network = new SimulatedNetwork(clock, 6);
  private int engines;

  private Core newCore(String name) {
    Platform platform =
        new Platform(
            clock,
            clock,
            new SeededRandom(100 + engines++),
            new JvmTextSemantics(),
            origin,
            FakeTracker.routing(tracker),
            network.endpoint(name),
            Logger.NONE);
    StreamConfig stream = StreamConfig.builder().announceTrackers(List.of(TRACKER)).build();
    EngineConfig config =
        EngineConfig.defaults()
            .withStream(StreamType.MAIN, stream)
            .withStream(StreamType.SECONDARY, stream);
    return new Core(new EngineSetup(platform, null, TrackerUrlPolicy.DEFAULT), config);
  }

  private static Segment segment(int k) {
    return new Segment(BASE + k + ".ts", k, BASE + k + ".ts", null, 2.0 * k, 2.0 * k + 2);
  }

  private static byte[] body(int k) {
    byte[] b = new byte[20_000 + k];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 31 + k);
    }
    return b;
  }

  private void register(Core core, int segments) {
    core.setManifestResponseUrl(BASE + "master.m3u8?session=1");
    core.addStreamIfNoneExists(new StreamInfo("level0", StreamType.MAIN, "level0-short-id"));
    List<Segment> list = new ArrayList<>();
    for (int k = 0; k < segments; k++) {
      list.add(segment(k));
      origin.at(BASE + k + ".ts").status(200).body(body(k));
    }
    core.updateStream("level0", list, List.of());
  }

  /** Records how a player request ended. */
  private static final class Result implements PlayerRequestCallback {
    byte[] data;
    CoreRequestError error;

    @Override
    public void onSuccess(byte[] data, double bandwidthBps) {
      this.data = data;
    }

    @Override
    public void onError(CoreRequestError error) {
      this.error = error;
    }
  }

  @Test
  void isSegmentLoadable_needsKnownSegmentManifestUrlAndP2pEnabled() {
    Core core = newCore("a");
    core.addStreamIfNoneExists(new StreamInfo("level0", StreamType.MAIN, "id"));
    core.updateStream("level0", List.of(segment(0)), List.of());
    assertTrue(core.hasSegment(segment(0).runtimeId()));
    assertFalse(core.isSegmentLoadable(segment(0).runtimeId()), "no manifest URL yet");
    core.setManifestResponseUrl(BASE + "master.m3u8");
    assertTrue(core.isSegmentLoadable(segment(0).runtimeId()));
    assertFalse(core.isSegmentLoadable("https://elsewhere/0.ts"));
    core.applyDynamicConfig(Map.of("core", Map.of("isP2PDisabled", true)));
    assertFalse(core.isSegmentLoadable(segment(0).runtimeId()));
  }

  @Test
  void addStreamIfNoneExists_isIdempotentByRuntimeId() {
    Core core = newCore("a");
    assertTrue(core.addStreamIfNoneExists(new StreamInfo("s", StreamType.MAIN, "one")));
    assertFalse(core.addStreamIfNoneExists(new StreamInfo("s", StreamType.SECONDARY, "two")));
    assertEquals("one", core.getStream("s").shortId());
    assertNull(core.getStream("unknown"));
  }

  @Test
  void updateStream_skipsKnownSegmentsAndRemovesById() {
    Core core = newCore("a");
    register(core, 3);
    core.updateStream("level0", List.of(segment(2), segment(3)), List.of(segment(0).runtimeId()));
    List<Segment> segments = core.getSegments("level0");
    assertEquals(List.of(segment(1), segment(2), segment(3)), segments);
    assertFalse(core.hasSegment(segment(0).runtimeId()));
  }

  @Test
  void loadSegment_unknownSegment_rejectsWithoutThrowing() {
    Core core = newCore("a");
    register(core, 1);
    Result result = new Result();
    core.loadSegment("https://nowhere/x.ts", result);
    assertNotNull(result.error);
    assertEquals(CoreRequestError.Kind.FAILED, result.error.kind());
  }

  @Test
  void setPlayerHttpSettings_reachesHttpRequests_beforeAndAfterTheLoaderExists() {
    Core core = newCore("a");
    register(core, 1);
    core.setPlayerHttpSettings(
        StreamType.MAIN, new PlayerHttpSettings(Map.of("X-Token", "abc"), true));
    core.loadSegment(segment(0).runtimeId(), new Result());
    clock.advanceMs(2_000);
    assertEquals("abc", origin.lastRequest().headers().get("X-Token"));
    assertTrue(origin.lastRequest().withCredentials());
    core.setPlayerHttpSettings(
        StreamType.MAIN, new PlayerHttpSettings(Map.of("X-Token", "d"), false));
    origin.at(segment(1).url()).status(200).body(body(1));
    core.updateStream("level0", List.of(segment(1)), List.of());
    core.loadSegment(segment(1).runtimeId(), new Result());
    clock.advanceMs(2_000);
    HttpRequest later = last(segment(1).url());
    assertEquals("d", later.headers().get("X-Token"));
    assertFalse(later.withCredentials());
    core.destroy();
  }

  private HttpRequest last(String url) {
    HttpRequest found = null;
    for (HttpRequest r : origin.requests()) {
      if (r.url().equals(url)) {
        found = r;
      }
    }
    assertNotNull(found, url);
    return found;
  }

  @Test
  void loadSegment_overHttp_deliversOriginBytes_thenStorageHitWithoutRefetch() {
    Core core = newCore("a");
    register(core, 5);
    Result first = new Result();
    core.loadSegment(segment(0).runtimeId(), first);
    clock.advanceMs(2_000);
    assertArrayEquals(body(0), first.data);
    int requests = origin.requestCount(segment(0).url());
    Result again = new Result();
    core.loadSegment(segment(0).runtimeId(), again);
    clock.advanceMs(100);
    assertArrayEquals(body(0), again.data);
    assertEquals(requests, origin.requestCount(segment(0).url()), "served from storage");
  }

  @Test
  void setPlayerHttpSettings_reachesDownloadsOfThatTypeOnly() {
    Core core = newCore("a");
    register(core, 1);
    core.setPlayerHttpSettings(
        StreamType.SECONDARY, new PlayerHttpSettings(Map.of("X-Other", "audio"), false));
    core.setPlayerHttpSettings(
        StreamType.MAIN, new PlayerHttpSettings(Map.of("X-Filter", "shaka"), true));
    Result result = new Result();
    core.loadSegment(segment(0).runtimeId(), result);
    clock.advanceMs(2_000);
    assertArrayEquals(body(0), result.data);
    assertEquals(Map.of("X-Filter", "shaka"), origin.lastRequest().headers());
    assertTrue(origin.lastRequest().withCredentials());
    core.destroy();
  }

  @Test
  void setPlayerRequestSetup_suppliesTheRequest_untilRemoved() {
    Core core = newCore("a");
    register(core, 1);
    core.setPlayerHttpSettings(
        StreamType.MAIN, new PlayerHttpSettings(Map.of("X-Filter", "shaka"), false));
    core.setPlayerRequestSetup(
        (url, segmentRange, requestRange, result) ->
            result.accept(new HttpRequest(url, null, Map.of("X-Fetch-Setup", "hls"), false, null)));
    Result result = new Result();
    core.loadSegment(segment(0).runtimeId(), result);
    clock.advanceMs(2_000);
    assertArrayEquals(body(0), result.data);
    assertEquals(Map.of("X-Fetch-Setup", "hls"), origin.lastRequest().headers());
    core.destroy();

    Core later = newCore("b");
    register(later, 1);
    later.setPlayerRequestSetup(
        (url, segmentRange, requestRange, r) -> fail("removed before the download"));
    later.setPlayerRequestSetup(null);
    later.loadSegment(segment(0).runtimeId(), new Result());
    clock.advanceMs(2_000);
    assertEquals(Map.of(), origin.lastRequest().headers());
    later.destroy();
  }

  @Test
  void newerRequestOfSameType_abortsThePendingOne() {
    Core core = newCore("a");
    register(core, 5);
    origin.at(segment(0).url()).status(200).body(body(0)).stallBeforeResponse();
    origin.at(segment(1).url()).status(200).body(body(1)).headerDelayMs(500);
    Result first = new Result();
    Result second = new Result();
    core.loadSegment(segment(0).runtimeId(), first);
    clock.advanceMs(10);
    core.loadSegment(segment(1).runtimeId(), second);
    clock.advanceMs(2_000);
    assertNotNull(first.error);
    assertEquals(CoreRequestError.Kind.ABORTED, first.error.kind());
    assertArrayEquals(body(1), second.data);
  }

  @Test
  void twoEnginesOnOnePage_peerWithEachOther_andPrefetchOverP2p() {
    Core a = newCore("a");
    Core b = newCore("b");
    RecordingEventListener eventsB = new RecordingEventListener();
    b.addEventListener(eventsB);
    register(a, 20);
    register(b, 20);
    for (int k = 0; k < 20; k++) {
      a.loadSegment(segment(k).runtimeId(), new Result());
      a.updatePlayback(2.0 * k, 1);
      clock.advanceMs(500);
    }
    Result first = new Result();
    b.loadSegment(segment(0).runtimeId(), first);
    b.updatePlayback(0, 1);
    clock.advanceMs(20_000);
    assertArrayEquals(body(0), first.data);
    assertFalse(eventsB.eventsNamed("onPeerConnect").isEmpty(), "b connected to a");
    // Segments beyond the 15 s high-demand window are prefetched from the peer only (§5.5).
    int originRequests = origin.totalRequestCount();
    Result later = new Result();
    b.loadSegment(segment(12).runtimeId(), later);
    clock.advanceMs(100);
    assertArrayEquals(body(12), later.data, "served from what b prefetched over P2P");
    assertEquals(originRequests, origin.totalRequestCount());
    assertTrue(
        eventsB.events().stream()
            .anyMatch(
                e -> e.startsWith("onSegmentStart") && e.contains("/12.ts") && e.contains("p2p")),
        "segment 12 came over P2P: " + eventsB.eventsNamed("onSegmentStart"));
  }

  @Test
  void destroy_clearsSourceState_keepsListeners_andLeavesNoTasks() {
    Core a = newCore("a");
    Core b = newCore("b");
    RecordingEventListener events = new RecordingEventListener();
    a.addEventListener(events);
    register(a, 5);
    register(b, 5);
    a.loadSegment(segment(0).runtimeId(), new Result());
    b.loadSegment(segment(0).runtimeId(), new Result());
    clock.advanceMs(10_000);
    a.destroy();
    a.destroy();
    b.destroy();
    assertFalse(a.hasSegment(segment(0).runtimeId()));
    assertNull(a.manifestResponseUrl());
    assertEquals(
        events.eventsNamed("onPeerConnect").size(), events.eventsNamed("onPeerClose").size());
    tracker.stop();
    clock.advanceMs(1_000); // let the simulated network deliver what was in flight
    assertEquals(0, clock.pendingTaskCount());
    register(a, 5);
    Result again = new Result();
    a.loadSegment(segment(1).runtimeId(), again);
    tracker.start();
    clock.advanceMs(5_000);
    assertArrayEquals(body(1), again.data, "usable again after destroy");
  }

  @Test
  void applyDynamicConfig_invalidValue_throwsNamingTheKey_andKeepsConfig() {
    Core core = newCore("a");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                core.applyDynamicConfig(Map.of("core", Map.of("simultaneousHttpDownloads", 0.0))));
    assertTrue(e.getMessage().contains("simultaneousHttpDownloads"), e.getMessage());
    assertEquals(2, core.config().main().simultaneousHttpDownloads());
  }

  private static String infoHashOf(String streamShortId) {
    return SwarmIds.infoHash(
        SwarmIds.streamSwarmId(BASE + "master.m3u8", StreamType.MAIN, streamShortId));
  }

  @Test
  void levelSwitch_previousSwarmLingersWhileStorageHoldsItsSegments_thenLeaves() {
    Core core = newCore("a");
    register(core, 4);
    core.addStreamIfNoneExists(new StreamInfo("level1", StreamType.MAIN, "level1-short-id"));
    Segment other = new Segment(BASE + "hi/0.ts", 0, BASE + "hi/0.ts", null, 0, 2);
    origin.at(other.url()).status(200).body(body(7));
    core.updateStream("level1", List.of(other), List.of());

    core.loadSegment(segment(0).runtimeId(), new Result());
    clock.advanceMs(2_000);
    assertEquals(1, tracker.peersOf(infoHashOf("level0-short-id")).size());

    Result switched = new Result();
    core.loadSegment(other.runtimeId(), switched);
    clock.advanceMs(2_000);
    assertArrayEquals(body(7), switched.data);
    assertEquals(1, tracker.peersOf(infoHashOf("level1-short-id")).size(), "joined new swarm");
    assertEquals(
        1, tracker.peersOf(infoHashOf("level0-short-id")).size(), "old swarm lingers (30 s)");
    clock.advanceMs(30_000);
    assertEquals(0, tracker.peersOf(infoHashOf("level0-short-id")).size(), "old swarm left");
    assertEquals(1, tracker.peersOf(infoHashOf("level1-short-id")).size());
  }

  @Test
  void applyDynamicConfig_p2pDisabled_leavesTheSwarm_andRoutesRequestsToThePlayer() {
    Core core = newCore("a");
    register(core, 4);
    core.loadSegment(segment(0).runtimeId(), new Result());
    clock.advanceMs(2_000);
    assertEquals(1, tracker.peersOf(infoHashOf("level0-short-id")).size());
    core.applyDynamicConfig(Map.of("core", Map.of("mainStream", Map.of("isP2PDisabled", true))));
    clock.advanceMs(1_000);
    assertEquals(0, tracker.peersOf(infoHashOf("level0-short-id")).size());
    assertFalse(core.isSegmentLoadable(segment(1).runtimeId()));
    core.applyDynamicConfig(Map.of("core", Map.of("mainStream", Map.of("isP2PDisabled", false))));
    Result again = new Result();
    core.loadSegment(segment(1).runtimeId(), again);
    clock.advanceMs(2_000);
    assertArrayEquals(body(1), again.data, "a new loader serves after re-enabling");
  }
}
