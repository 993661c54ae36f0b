package io.swarmloader.core.tracker;

import io.swarmloader.core.json.Json;
import io.swarmloader.core.platform.RtcFactory.RtcConnection;
import io.swarmloader.testing.RecordingRtcListener;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scripted remote peer's offer: a real simulated offer from its own endpoint, so that an engine
 * can answer it, written as the relayed-offer JSON a tracker would send.
 */
final class RecordingOffer {
  private static int count;
  final RecordingRtcListener events;
  final RtcConnection connection;

  RecordingOffer(TrackerTestBed bed) {
    events = new RecordingRtcListener(bed.clock);
    connection = bed.network.endpoint("scripted-" + count++).createOffer(events);
    bed.runMs(100);
  }

  String sdp() {
    return events.sdp();
  }

  String relayedOfferJson(String infoHash, String remotePeerId, String offerId) {
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("type", "offer");
    offer.put("sdp", sdp());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("action", "announce");
    m.put("offer", offer);
    m.put("offer_id", offerId);
    m.put("peer_id", remotePeerId);
    m.put("info_hash", infoHash);
    return Json.write(m);
  }
}
