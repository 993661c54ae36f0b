package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * player-integration.md §5.12 and §7 #10: the origin refuses segment requests without the header
 * the application adds through the player (hls.js {@code xhrSetup}/{@code fetchSetup}, a Shaka
 * request filter). SwarmLoader's own downloads must carry it too: every segment request of both
 * peers is accepted, and the swarm still shares. In p2p-media-loader 2.3 the engine's downloads
 * lack the header and are refused.
 */
class PlayerHttpCustomisationTest {
  private static final String TOKEN = "e2e-secret";

  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void hlsJsFetchSetupHeaderReachesTheEngineDownloads() {
    swarm.requireBundle(false);
    swarm.server().requireHeader(".ts", "X-Token", TOKEN);
    PageSpec spec =
        PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.VOD_360, swarm.namespace())
            .token(TOKEN);
    playsWithTheHeaderOnEveryRequest(spec, "hls.js VOD, origin demands the fetchSetup header");
  }

  /**
   * Only {@code xhrSetup}: the engine's downloads go through {@code new hls.config.loader(...)},
   * hls.js's XHR loader, which calls it.
   */
  @Test
  void hlsJsXhrSetupHeaderReachesTheEngineDownloads() {
    swarm.requireBundle(false);
    swarm.server().requireHeader(".ts", "X-Token", TOKEN);
    PageSpec spec =
        PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.VOD_360, swarm.namespace())
            .token(TOKEN)
            .tokenThroughXhrSetupOnly();
    playsWithTheHeaderOnEveryRequest(spec, "hls.js VOD, origin demands the xhrSetup header");
  }

  @Test
  void shakaRequestFilterHeaderReachesTheEngineDownloads() {
    swarm.requireShakaBundle();
    swarm.server().requireHeader(".m4s", "X-Token", TOKEN);
    PageSpec spec =
        PageSpec.shaka(PageSpec.Engine.SWARM).stream(TestStreams.DASH_VOD, swarm.namespace())
            .height(360)
            .bufferingGoal(30)
            .token(TOKEN);
    playsWithTheHeaderOnEveryRequest(spec, "Shaka DASH VOD, origin demands the filter header");
  }

  private void playsWithTheHeaderOnEveryRequest(PageSpec spec, String title) {
    spec.tracker(swarm.trackerPort()).deadlineMs(60_000);
    List<Peer> peers = swarm.joinStaggered(spec, 6_000, true, "A", "B");
    peers.get(1).awaitTrue("B played 12 s", "r.advancedS >= 12", Peer.seconds(40));
    PageResult ra = peers.get(0).collect();
    PageResult rb = peers.get(1).collect();
    swarm.report(title, List.of(ra, rb));

    Verdicts.assertCleanPlayback(ra, 8);
    Verdicts.assertCleanPlayback(rb, 8);
    assertTrue(ra.httpBytes() > 0, "A's engine downloaded nothing over HTTP");
    assertTrue(rb.p2pBytes() > 0, "B got nothing over P2P");
    @SuppressWarnings("unchecked")
    Map<String, Object> rule =
        ((List<Map<String, Object>>) swarm.server().state().get("requirements")).get(0);
    assertTrue(((Number) rule.get("accepted")).intValue() > 0, "no segment request reached it");
    assertEquals(0, ((Number) rule.get("refusals")).intValue(), "requests without the header");
  }
}
