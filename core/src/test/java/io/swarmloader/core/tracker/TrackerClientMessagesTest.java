package io.swarmloader.core.tracker;

import static io.swarmloader.core.tracker.TrackerTestBed.HASH_1;
import static io.swarmloader.core.tracker.TrackerTestBed.peerId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.tracker.TrackerTestBed.Engine;
import io.swarmloader.core.tracker.TrackerTestBed.Swarm;
import io.swarmloader.testing.FakeTracker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Processing of received tracker messages in the order of wire-protocol.md §3.4. */
class TrackerClientMessagesTest {
  private static final String A = peerId("-SL0100-", "a");
  private static final String REMOTE = peerId("-PM0203-", "r");

  private final TrackerTestBed bed = new TrackerTestBed();
  private Engine engine;
  private Swarm swarm;

  @BeforeEach
  void joinAndSettle() {
    bed.tracker.intervalSeconds(null);
    engine = bed.engine("a");
    swarm = engine.join(HASH_1, A);
    bed.runMs(1_000);
  }

  private int answerCount() {
    return (int) bed.tracker.received().stream().filter(FakeTracker.Received::isAnswer).count();
  }

  @Test
  void invalidJson_reportsWarningAndKeepsWorking() {
    bed.tracker.sendTo(A, "{\"action\":\"announce\",");
    bed.tracker.sendTo(A, "[1,2]");
    bed.runMs(10);

    assertEquals(2, swarm.warnings.size());
    assertTrue(swarm.warnings.get(0).contains("invalid JSON"), swarm.warnings.get(0));
    RecordingOffer offer = new RecordingOffer(bed);
    bed.tracker.sendTo(A, offer.relayedOfferJson(HASH_1, REMOTE, "offer-id-after-error"));
    bed.runMs(1_000);
    assertEquals(1, answerCount());
  }

  @Test
  void failureReason_reportsWarningAndStopsProcessing() {
    RecordingOffer offer = new RecordingOffer(bed);
    String json = offer.relayedOfferJson(HASH_1, REMOTE, "offer-id-0000000000x");
    bed.tracker.sendTo(A, json.replace("{\"action\"", "{\"failure reason\":\"banned\",\"action\""));
    bed.runMs(1_000);

    assertEquals(List.of("banned"), swarm.warnings);
    assertEquals(0, answerCount());
  }

  @Test
  void warningMessage_reportsWarningAndContinues() {
    bed.tracker.sendTo(
        A,
        "{\"action\":\"announce\",\"info_hash\":\""
            + HASH_1
            + "\",\"warning message\":\"be nice\",\"interval\":7}");
    bed.runMs(7_100);

    assertEquals(List.of("be nice"), swarm.warnings);
    assertEquals(2, bed.tracker.announcesFrom(A).size(), "interval applied after the warning");
  }

  @Test
  void messageWithOwnPeerId_ignored() {
    bed.tracker.sendTo(
        A,
        "{\"action\":\"announce\",\"info_hash\":\""
            + HASH_1
            + "\",\"peer_id\":\""
            + A
            + "\",\"failure reason\":\"echo\"}");
    RecordingOffer offer = new RecordingOffer(bed);
    bed.tracker.sendTo(A, offer.relayedOfferJson(HASH_1, A, "offer-id-0000000000y"));
    bed.runMs(1_000);

    assertEquals(List.of(), swarm.warnings);
    assertEquals(0, answerCount());
  }

  @Test
  void trackerId_echoedAsTrackeridInAnnouncesAndAnswers() {
    bed.tracker.trackerId("tid-1").intervalSeconds(10);
    bed.tracker.sendTo(
        A, "{\"action\":\"announce\",\"info_hash\":\"" + HASH_1 + "\",\"tracker id\":\"tid-1\"}");
    bed.runMs(30_000);
    RecordingOffer offer = new RecordingOffer(bed);
    bed.tracker.sendTo(A, offer.relayedOfferJson(HASH_1, REMOTE, "offer-id-0000000000z"));
    bed.runMs(1_000);

    List<FakeTracker.Received> announces = bed.tracker.announcesFrom(A);
    assertTrue(!announces.get(0).message().containsKey("trackerid"));
    assertEquals("tid-1", announces.get(1).message().get("trackerid"));
    FakeTracker.Received answer =
        bed.tracker.received().stream().filter(FakeTracker.Received::isAnswer).findFirst().get();
    assertEquals("tid-1", answer.message().get("trackerid"));
  }

  @Test
  void relayedAnswer_unknownOfferId_ignored() {
    RecordingOffer stranger = new RecordingOffer(bed);
    bed.tracker.sendTo(
        A,
        "{\"action\":\"announce\",\"info_hash\":\""
            + HASH_1
            + "\",\"peer_id\":\""
            + REMOTE
            + "\",\"offer_id\":\"no-such-offer-id-000\",\"answer\":{\"type\":\"answer\",\"sdp\":\""
            + stranger.sdp()
            + "\"}}");
    bed.runMs(60_000);

    assertEquals(List.of(), swarm.events);
    assertEquals(0, engine.endpoint.openChannelCount());
  }

  @Test
  void relayedOffer_malformedFields_ignoredWithoutWarning() {
    bed.tracker.sendTo(
        A,
        "{\"action\":\"announce\",\"info_hash\":\""
            + HASH_1
            + "\",\"peer_id\":\""
            + REMOTE
            + "\",\"offer_id\":\"x\",\"offer\":{\"type\":\"offer\",\"sdp\":42}}");
    bed.tracker.sendTo(
        A,
        "{\"action\":\"announce\",\"info_hash\":\""
            + HASH_1
            + "\",\"peer_id\":7,\"offer\":{\"type\":\"offer\",\"sdp\":\"s\"}}");
    bed.tracker.sendTo(A, "{\"action\":\"scrape\",\"info_hash\":\"" + HASH_1 + "\"}");
    bed.runMs(1_000);

    assertEquals(List.of(), swarm.events);
    assertEquals(0, answerCount());
  }

  @Test
  void relayedOffer_answerCarriesAnswerSdpThatOpensTheConnection() {
    RecordingOffer offer = new RecordingOffer(bed);
    bed.tracker.sendTo(A, offer.relayedOfferJson(HASH_1, REMOTE, "offer-id-000000000ok"));
    bed.runMs(1_000);
    FakeTracker.Received answer =
        bed.tracker.received().stream().filter(FakeTracker.Received::isAnswer).findFirst().get();
    String sdp = (String) ((Map<?, ?>) answer.message().get("answer")).get("sdp");

    offer.connection.acceptAnswer(sdp);
    bed.runMs(1_000);

    assertEquals(List.of("connected:" + REMOTE), swarm.events);
  }
}
