package io.swarmloader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.platform.RtcFactory.RtcConnection;
import io.swarmloader.testing.SimulatedNetwork.PartitionMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedNetworkTest {
  private final VirtualClock clock = new VirtualClock();
  private final SimulatedNetwork network =
      new SimulatedNetwork(clock, 3).latencyMs(20).gatheringDelayMs(100);
  private final RecordingRtcListener offerSide = new RecordingRtcListener(clock);
  private final RecordingRtcListener answerSide = new RecordingRtcListener(clock);
  private RtcConnection offer;
  private RtcConnection answer;

  /** Offer from a, answer from b, answer applied; returns the time the answer was applied. */
  private double connect(String a, String b) {
    offer = network.endpoint(a).createOffer(offerSide);
    clock.advanceMs(100);
    answer = network.endpoint(b).createAnswer(offerSide.sdp(), answerSide);
    clock.advanceMs(100);
    offer.acceptAnswer(answerSide.sdp());
    return clock.nowMs();
  }

  @Test
  void createOffer_localDescriptionAfterGatheringDelay() {
    network.endpoint("a").createOffer(offerSide);
    clock.advanceMs(99);
    assertEquals(List.of(), offerSide.localSdps);
    clock.advanceMs(1);
    assertEquals(1, offerSide.localSdps.size());
  }

  @Test
  void acceptAnswer_bothSidesOpenOneRoundTripLater() {
    double appliedAt = connect("a", "b");
    clock.advanceMs(1_000);

    assertEquals(appliedAt + 40, offerSide.openedAtMs);
    assertEquals(appliedAt + 40, answerSide.openedAtMs);
    assertEquals(2, network.openChannelCount());
  }

  @Test
  void send_atLimitedBandwidth_arrivesAfterSerialisationAndLatency() {
    network.bandwidthBytesPerSecond(10_000);
    connect("a", "b");
    clock.advanceMs(1_000);
    offerSide.channel.send(new byte[50_000], 0, 50_000);

    clock.advanceMs(5_019);
    assertEquals(0, answerSide.channelEvents.messages.size());
    assertEquals(0, offerSide.channel.bufferedAmount());
    clock.advanceMs(1);
    assertEquals(1, answerSide.channelEvents.messages.size());
  }

  @Test
  void acceptAnswer_setupLost_bothSidesCloseAfterFailureDelay() {
    network.setupLossProbability(1.0).setupFailureDelayMs(7_000);
    connect("a", "b");
    clock.advanceMs(6_999);
    assertEquals(List.of(), offerSide.closeReasons);
    clock.advanceMs(1);

    assertEquals(1, offerSide.closeReasons.size());
    assertEquals(1, answerSide.closeReasons.size());
    assertNull(offerSide.channel);
    assertEquals(0, network.liveConnectionCount());
  }

  @Test
  void setupLossProbability_isSeededAndRoughlyHonoured() {
    int opened = 0;
    network.setupLossProbability(0.5);
    for (int i = 0; i < 200; i++) {
      RecordingRtcListener o = new RecordingRtcListener(clock);
      RecordingRtcListener a = new RecordingRtcListener(clock);
      RtcConnection c = network.endpoint("a").createOffer(o);
      clock.advanceMs(100);
      network.endpoint("b").createAnswer(o.sdp(), a);
      clock.advanceMs(100);
      c.acceptAnswer(a.sdp());
      clock.advanceMs(100);
      opened += o.channel != null ? 1 : 0;
    }
    assertTrue(opened > 70 && opened < 130, "opened " + opened);
  }

  @Test
  void acceptAnswer_foreignAnswer_closesOfferer() {
    offer = network.endpoint("a").createOffer(offerSide);
    RecordingRtcListener other = new RecordingRtcListener(clock);
    network.endpoint("c").createOffer(other);
    clock.advanceMs(100);
    network.endpoint("b").createAnswer(other.sdp(), answerSide);
    clock.advanceMs(100);

    offer.acceptAnswer(answerSide.sdp());
    clock.advanceMs(1);

    assertEquals(List.of("invalid remote answer"), offerSide.closeReasons);
  }

  @Test
  void createAnswer_unknownOffer_closesAnswerer() {
    network.endpoint("b").createAnswer("v=0 garbage", answerSide);
    clock.advanceMs(1);
    assertEquals(List.of("invalid remote offer"), answerSide.closeReasons);
    assertEquals(List.of(), answerSide.localSdps);
  }

  @Test
  void partitionDropMessages_losesMessagesUntilHealed() {
    connect("a", "b");
    clock.advanceMs(1_000);
    network.partition("b", "a", PartitionMode.DROP_MESSAGES);
    offerSide.channel.send(new byte[] {1}, 0, 1);
    clock.advanceMs(1_000);
    network.heal("a", "b");
    offerSide.channel.send(new byte[] {2}, 0, 1);
    clock.advanceMs(1_000);

    assertEquals(1, answerSide.channelEvents.messages.size());
    assertEquals(2, answerSide.channelEvents.messages.get(0)[0]);
    assertEquals(List.of(), answerSide.closeReasons);
  }

  @Test
  void partitionDropMessages_newSetupFails() {
    network.partition("a", "b", PartitionMode.DROP_MESSAGES);
    connect("a", "b");
    clock.advanceMs(60_000);
    assertNull(offerSide.channel);
    assertEquals(1, offerSide.closeReasons.size());
  }

  @Test
  void partitionCloseChannels_bothSidesHearChannelAndConnectionClose() {
    connect("a", "b");
    clock.advanceMs(1_000);
    network.partition("a", "b", PartitionMode.CLOSE_CHANNELS);
    clock.advanceMs(1_000);

    assertEquals(List.of("closed"), offerSide.channelEvents.events);
    assertEquals(List.of("closed"), answerSide.channelEvents.events);
    assertEquals(1, offerSide.closeReasons.size());
    assertEquals(1, answerSide.closeReasons.size());
    assertEquals(0, network.liveConnectionCount());
  }

  @Test
  void vanish_remoteHearsCloseAndVanishedSideHearsNothing() {
    connect("a", "b");
    clock.advanceMs(1_000);
    network.vanish("b");
    clock.advanceMs(1_000);

    assertEquals(List.of("closed"), offerSide.channelEvents.events);
    assertEquals(1, offerSide.closeReasons.size());
    assertEquals(List.of(), answerSide.channelEvents.events);
    assertEquals(List.of(), answerSide.closeReasons);
    assertEquals(0, network.endpoint("b").liveConnectionCount());
  }

  @Test
  void connectionClose_remoteHearsChannelThenConnectionAndLocalHearsNothing() {
    connect("a", "b");
    clock.advanceMs(1_000);
    offer.close();
    offer.close();
    clock.advanceMs(1_000);

    assertEquals(List.of("closed"), answerSide.channelEvents.events);
    assertEquals(1, answerSide.closeReasons.size());
    assertEquals(List.of(), offerSide.channelEvents.events);
    assertEquals(List.of(), offerSide.closeReasons);
    assertEquals(0, network.liveConnectionCount());
  }

  @Test
  void connectionClose_beforeOpen_otherSideFailsAndNeverOpens() {
    connect("a", "b");
    answer.close();
    clock.advanceMs(1_000);

    assertNull(offerSide.channel);
    assertNull(answerSide.channel);
    assertEquals(1, offerSide.closeReasons.size());
    assertEquals(List.of(), answerSide.closeReasons);
  }

  @Test
  void send_overMaxMessageSize_throws() {
    connect("a", "b");
    clock.advanceMs(1_000);
    assertNotNull(offerSide.channel);
    assertThrows(
        IllegalArgumentException.class, () -> offerSide.channel.send(new byte[65_536], 0, 65_536));
  }
}
