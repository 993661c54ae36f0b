package io.swarmloader.shaka;

import io.swarmloader.browser.JsHandler;
import io.swarmloader.browser.api.Js;
import io.swarmloader.core.Core;
import io.swarmloader.core.http.PlayerHttpSettings;
import io.swarmloader.core.id.StreamShortId;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.TextSemantics;
import io.swarmloader.core.util.OrderedMap;
import io.swarmloader.shaka.hls.HlsExternalIds;
import io.swarmloader.shaka.hls.HlsPlaylistStore;
import io.swarmloader.shaka.net.RangeHeader;
import io.swarmloader.shaka.segments.DashExternalIds;
import io.swarmloader.shaka.segments.ExternalIdPolicy;
import io.swarmloader.shaka.segments.SegmentCandidate;
import io.swarmloader.shaka.segments.ShakaReference;
import io.swarmloader.shaka.segments.StreamSegmentSync;
import io.swarmloader.shaka.segments.StreamUpdate;
import io.swarmloader.shaka.streams.ManifestProtocol;
import io.swarmloader.shaka.streams.PlannedStream;
import io.swarmloader.shaka.streams.ShakaStreamFacts;
import io.swarmloader.shaka.streams.ShakaVariantFacts;
import io.swarmloader.shaka.streams.StreamPlanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;

/**
 * What one engine knows about the player's current source (player-integration.md §4.5–§4.9): the
 * protocol, the manifest URL, the HLS playlists seen, the registered streams and their segment
 * lists. Fed by the plugins through the context object; {@link #reset} on every source change.
 */
final class ShakaSource implements JsHandler {
  private final Core core;
  private final StreamPlanner planner;
  private final StreamShortId shortIds;
  private final HlsPlaylistStore playlists = new HlsPlaylistStore();
  private final OrderedMap<Tracked> streams = new OrderedMap<>();

  /** The stream type of every registered segment, by runtime ID. */
  private final Map<String, StreamType> segmentTypes = new HashMap<>();

  private JSObject shaka;
  private int protocol = ManifestProtocol.UNKNOWN;
  private boolean manifestUrlSet;
  private boolean isLive;

  /** Bumped by {@link #reset}, so callbacks of an older source's streams do nothing. */
  private int generation;

  /** One registered Shaka stream. */
  private static final class Tracked {
    final String runtimeId;
    final StreamType type;
    final JSObject stream;
    final StreamSegmentSync sync = new StreamSegmentSync();

    Tracked(String runtimeId, StreamType type, JSObject stream) {
      this.runtimeId = runtimeId;
      this.type = type;
      this.stream = stream;
    }
  }

  ShakaSource(Core core, TextSemantics text) {
    this.core = core;
    this.planner = new StreamPlanner(text);
    this.shortIds = new StreamShortId(text);
  }

  void setShaka(JSObject shaka) {
    this.shaka = shaka;
  }

  /**
   * Forgets the source and clears the engine (player events {@code loading}, {@code unloading}).
   */
  void reset() {
    generation++;
    streams.clear();
    segmentTypes.clear();
    playlists.clear();
    protocol = ManifestProtocol.UNKNOWN;
    manifestUrlSet = false;
    isLive = false;
    core.destroy();
  }

  void setLive(boolean live) {
    isLive = live;
    core.setIsLive(live);
  }

  // --- plugin callbacks ----------------------------------------------------------------------

  /** A {@code MANIFEST} response: the first gives the manifest URL; HLS playlists are numbered. */
  void onManifestResponse(String uri, JSObject responseUri, JSObject data) {
    String response = Js.isNullish(responseUri) ? null : Js.asString(responseUri);
    if (!manifestUrlSet) {
      manifestUrlSet = true;
      core.setManifestResponseUrl(response != null && !response.isEmpty() ? response : uri);
    }
    if (protocol != ManifestProtocol.DASH) {
      String text = ShakaJs.playlistText(data);
      if (text != null) {
        playlists.record(uri, response, text);
      }
    }
  }

  void onParserStarting(boolean isHls) {
    protocol = isHls ? ManifestProtocol.HLS : ManifestProtocol.DASH;
  }

  /** The parsed manifest: registers the streams of its variants and hooks their indexes (§4.6). */
  void onManifestParsed(JSObject manifest, boolean isHls) {
    protocol = isHls ? ManifestProtocol.HLS : ManifestProtocol.DASH;
    setLive(ShakaJs.manifestIsLive(manifest));
    JSObject variants = Js.get(manifest, "variants");
    List<ShakaVariantFacts> facts = new ArrayList<>();
    Map<String, JSObject> byId = new HashMap<>();
    for (int i = 0, n = Js.length(variants); i < n; i++) {
      JSObject v = Js.at(variants, i);
      JSObject video = Js.get(v, "video");
      JSObject audio = Js.get(v, "audio");
      ShakaStreamFacts vf = Js.isNullish(video) ? null : videoFacts(video);
      ShakaStreamFacts af = Js.isNullish(audio) ? null : audioFacts(audio);
      if (vf != null) {
        byId.putIfAbsent(vf.runtimeId(), video);
      }
      if (af != null) {
        byId.putIfAbsent(af.runtimeId(), audio);
      }
      facts.add(new ShakaVariantFacts(optional(Js.number(v, "bandwidth")), vf, af));
    }
    List<PlannedStream> planned = planner.plan(facts, protocol);
    List<StreamInfo> infos = StreamPlanner.streamInfos(planned, shortIds);
    for (StreamInfo info : infos) {
      core.addStreamIfNoneExists(info);
      JSObject stream = byId.get(info.runtimeId());
      if (stream != null && !streams.containsKey(info.runtimeId())) {
        Tracked t = new Tracked(info.runtimeId(), info.type(), stream);
        streams.put(t.runtimeId, t);
        ShakaJs.onSegmentIndex(stream, this, t.runtimeId, generation);
        read(t);
      }
    }
  }

  /**
   * A request through the scheme plugin: the operation when the engine serves it (a loadable {@code
   * SEGMENT}, matched by URI and {@code Range}), otherwise null (§4.8).
   */
  JSObject onRequest(String uri, JSObject request, JSObject requestType, boolean isSegment) {
    if (!isSegment || uri == null || shaka == null) {
      return null;
    }
    refresh();
    Map<String, String> headers = headers(Js.get(request, "headers"));
    String id = RangeHeader.runtimeId(uri, headers);
    StreamType type = id == null ? null : segmentTypes.get(id);
    if (type == null || !core.isSegmentLoadable(id)) {
      return null;
    }
    // §4.8 step 5: the request passed the player's filters; keep its headers and credentials
    // flag for the engine's own downloads of that stream type.
    core.setPlayerHttpSettings(
        type,
        new PlayerHttpSettings(
            RangeHeader.withoutRange(headers), Js.isTrue(request, "allowCrossSiteCredentials")));
    return new SegmentRequest(core, shaka, uri, request, requestType, id).start();
  }

  /** Re-reads the indexes that changed (live windows, §4.9); cheap for VOD. */
  void refresh() {
    for (Tracked t : streams.valueList()) {
      read(t);
    }
  }

  // --- segment indexes (§4.7) ---------------------------------------------------------------

  /**
   * {@code f(0, runtimeId, generation)}: a stream's segment index was created; read it unless the
   * source was reset since.
   */
  @Override
  public JSObject handle(int op, JSObject runtimeId, JSObject gen, JSObject c) {
    Tracked t = streams.get(Js.asString(runtimeId));
    if (t != null && Js.asNumber(gen) == generation) {
      read(t);
    }
    return null;
  }

  private void read(Tracked t) {
    JSObject index = Js.get(t.stream, "segmentIndex");
    if (Js.isNullish(index)) {
      return;
    }
    // Positional indexes are checked by their edges alone; the others are read whole (§4.7).
    boolean positional = ShakaJs.isPositional(index);
    JSObject refs = positional ? null : ShakaJs.references(index);
    int count = positional ? 0 : Js.length(refs);
    JSObject firstRef =
        positional ? ShakaJs.edgeReference(index, false) : count > 0 ? Js.at(refs, 0) : null;
    JSObject lastRef =
        positional ? ShakaJs.edgeReference(index, true) : count > 0 ? Js.at(refs, count - 1) : null;
    ShakaReference first = Js.isNullish(firstRef) ? null : reference(firstRef);
    ShakaReference last = Js.isNullish(lastRef) ? null : reference(lastRef);
    if (!t.sync.needsRead(isLive, first, last)) {
      return;
    }
    if (refs == null) {
      refs = ShakaJs.references(index);
    }
    int n = Js.length(refs);
    List<ShakaReference> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(reference(Js.at(refs, i)));
    }
    StreamUpdate update = t.sync.update(list, policy(list));
    if (!update.isEmpty()) {
      for (String removed : update.removeIds()) {
        segmentTypes.remove(removed);
      }
      for (Segment added : update.add()) {
        segmentTypes.put(added.runtimeId(), t.type);
      }
      core.updateStream(t.runtimeId, update.add(), update.removeIds());
    }
  }

  private ExternalIdPolicy policy(List<ShakaReference> refs) {
    if (protocol != ManifestProtocol.HLS) {
      return DashExternalIds.INSTANCE;
    }
    List<String> ids = new ArrayList<>(refs.size());
    for (ShakaReference r : refs) {
      SegmentCandidate c = SegmentCandidate.of(r);
      if (c != null) {
        ids.add(c.runtimeId());
      }
    }
    return new HlsExternalIds(playlists.findByRuntimeIds(ids));
  }

  private static ShakaReference reference(JSObject r) {
    double endByte = ShakaJs.referenceNumber(r, 1);
    double startByte = ShakaJs.referenceNumber(r, 0);
    return new ShakaReference(
        ShakaJs.firstUri(r),
        startByte == startByte ? (long) startByte : 0,
        endByte == endByte ? (long) endByte : ShakaReference.NO_END_BYTE,
        ShakaJs.referenceNumber(r, 2),
        ShakaJs.referenceNumber(r, 3));
  }

  // --- stream facts ---------------------------------------------------------------------------

  private static ShakaStreamFacts videoFacts(JSObject s) {
    return ShakaStreamFacts.video(
        (int) Js.number(s, "id"),
        Js.string(s, "codecs"),
        optional(Js.number(s, "width")),
        optional(Js.number(s, "height")),
        optional(Js.number(s, "frameRate")),
        Js.string(s, "hdr"));
  }

  private static ShakaStreamFacts audioFacts(JSObject s) {
    return ShakaStreamFacts.audio(
        (int) Js.number(s, "id"),
        Js.string(s, "codecs"),
        Js.string(s, "language"),
        Js.string(s, "originalLanguage"),
        optional(Js.number(s, "channelsCount")),
        Js.string(s, "label"),
        Js.string(s, "originalId"));
  }

  private static Double optional(double v) {
    return v == v ? v : null;
  }

  private static Map<String, String> headers(JSObject headers) {
    Map<String, String> out = new HashMap<>();
    JSObject keys = Js.isNullish(headers) ? Js.newArray() : Js.keys(headers);
    for (int i = 0, n = Js.length(keys); i < n; i++) {
      String k = Js.asString(Js.at(keys, i));
      String v = k == null ? null : Js.string(headers, k);
      if (v != null) {
        out.put(k, v);
      }
    }
    return out;
  }
}
