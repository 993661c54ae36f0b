package io.swarmloader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Media playlists behind a 302: hls.js reports the response URL, not the playlist URL, in {@code
 * hlsLevelUpdated}. SwarmLoader finds the stream by level index and still shares its segments
 * (player-integration.md §3.8 [S]); p2p-media-loader 2.3 gives such renditions no P2P.
 */
class RedirectedPlaylistTest {
  @RegisterExtension final Swarm swarm = new Swarm();

  @Test
  void redirectedMediaPlaylistsStillShareOverP2p() {
    swarm.requireBundle(false);
    PageSpec spec =
        PageSpec.player(PageSpec.Engine.SWARM).stream(TestStreams.VOD_REDIRECTED, swarm.namespace())
            .tracker(swarm.trackerPort())
            .startLevel(1)
            .deadlineMs(60_000);
    List<PageResult> results =
        swarm.laterPeerReceivesP2p(spec, 6, "master with 302-redirected media playlists");
    PageResult ra = results.get(0);
    PageResult rb = results.get(1);

    Verdicts.assertCleanPlayback(ra, 5);
    Verdicts.assertCleanPlayback(rb, 3);
    assertTrue(rb.p2pBytes() > 0, "B received no P2P bytes");
  }
}
