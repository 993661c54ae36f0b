package io.swarmloader.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.config.StreamConfig;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Benchmark: SwarmLoader's scheduling against p2p-media-loader 2.3's, both run here on the same
 * seeded swarms (virtual clock, simulated network, scripted origin), so the figures are exact and
 * repeatable. The 2.3 baseline is the same engine with {@code httpFirstTimeWindow} equal to {@code
 * highDemandTimeWindow} and no initial peer wait: HTTP first in the whole high-demand window.
 *
 * <p>Each scenario runs with three seeds under both rules and prints origin bytes, P2P shares and
 * the ratio of origin bytes. It asserts that, summed over the seeds, the new rules cost the origin
 * no more bytes, and that they cause no stall and no wrong byte.
 */
class SchedulingBenchmarkTest {
  private static final UnaryOperator<StreamConfig.Builder> RULES_OF_2_3 =
      b -> b.httpFirstWindowMs(StreamConfig.DEFAULT_HIGH_DEMAND_WINDOW_MS).initialPeerWaitMs(0);
  private static final UnaryOperator<StreamConfig.Builder> SWARMLOADER = UnaryOperator.identity();
  private static final long[] SEEDS = {1, 2, 3};

  /** The e2e VOD scenario: A plays alone, B joins 8 s later; both buffer 30 s ahead. */
  @Test
  void vod_twoPeers_theSecondJoining8sLater() {
    compare(
        "VOD, B joins 8 s after A, 60 s played, 30 s buffers",
        (rules, seed) -> {
          SwarmHarness swarm = vod(rules, seed);
          swarm.addPeer("A", 30, 0);
          swarm.clock.advanceMs(8_000);
          swarm.addPeer("B", 30, 0);
          swarm.clock.advanceMs(60_000);
          swarm.stopAll();
          return swarm;
        });
  }

  @Test
  void vod_eightPeers() {
    compare(
        "VOD, 8 peers 3 s apart, 5 min, 15 s buffers", (rules, seed) -> eight(vod(rules, seed), 0));
  }

  @Test
  void live_eightPeers() {
    compare(
        "Live, 8 peers 3 s apart, 5 min, 15 segments behind the edge",
        (rules, seed) -> {
          SimulatedStream live =
              new SimulatedStream("https://origin.test/live", true, 2.0, 20, 0, 100_000, 1_000);
          SwarmHarness swarm = new SwarmHarness(live, seed, 1_500_000, 1_000_000);
          swarm.tuning = rules;
          return eight(swarm, 15);
        });
  }

  private static SwarmHarness vod(UnaryOperator<StreamConfig.Builder> rules, long seed) {
    SimulatedStream vod =
        new SimulatedStream("https://origin.test/vod", false, 2.0, 0, 60, 100_000, 0);
    SwarmHarness swarm = new SwarmHarness(vod, seed, 1_500_000, 1_000_000);
    swarm.tuning = rules;
    return swarm;
  }

  private static SwarmHarness eight(SwarmHarness swarm, int liveSyncSegments) {
    SwarmTest.runSwarm(swarm, liveSyncSegments);
    return swarm;
  }

  private interface Scenario {
    SwarmHarness run(UnaryOperator<StreamConfig.Builder> rules, long seed);
  }

  private static void compare(String title, Scenario scenario) {
    StringBuilder out = new StringBuilder("[benchmark] ").append(title).append('\n');
    long baseOrigin = 0;
    long oursOrigin = 0;
    for (long seed : SEEDS) {
      SwarmHarness base = scenario.run(RULES_OF_2_3, seed);
      SwarmHarness ours = scenario.run(SWARMLOADER, seed);
      baseOrigin += base.httpBytes();
      oursOrigin += ours.httpBytes();
      out.append(line("seed " + seed + ", 2.3 rules", base))
          .append(line("seed " + seed + ", SwarmLoader", ours))
          .append(
              String.format(
                  "[benchmark]     origin bytes SwarmLoader / 2.3 rules = %.3f%n",
                  (double) ours.httpBytes() / base.httpBytes()));
      assertEquals(0, stalls(ours), title + ", seed " + seed + ": stalls with SwarmLoader's rules");
      for (SwarmHarness.Peer p : ours.peers) {
        assertEquals(0, p.player.wrongBytes, title + ": " + p.name + " got wrong bytes");
      }
    }
    out.append(
        String.format(
            "[benchmark]   all seeds: origin %d KB (2.3 rules) vs %d KB (SwarmLoader),"
                + " ratio %.3f%n",
            baseOrigin / 1024, oursOrigin / 1024, (double) oursOrigin / baseOrigin));
    System.out.print(out);
    assertTrue(
        oursOrigin <= baseOrigin,
        title + ": SwarmLoader's rules cost the origin more bytes than 2.3's over the seeds");
  }

  private static String line(String label, SwarmHarness swarm) {
    SwarmHarness.Peer last = swarm.peers.get(swarm.peers.size() - 1);
    long total = last.httpBytes + last.p2pBytes;
    return String.format(
        "[benchmark]   %-24s origin %6d KB  swarm P2P %5.1f %%  last peer P2P %5.1f %%"
            + "  stalls %d%n",
        label,
        swarm.httpBytes() / 1024,
        100 * swarm.p2pShare(),
        total == 0 ? 0.0 : 100.0 * last.p2pBytes / total,
        stalls(swarm));
  }

  private static int stalls(SwarmHarness swarm) {
    int count = 0;
    for (SwarmHarness.Peer p : swarm.peers) {
      count += p.player.stallCount;
    }
    return count;
  }
}
