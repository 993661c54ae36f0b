package io.swarmloader.shaka.streams;

import static io.swarmloader.shaka.streams.MasterPlaylist.jsNumber;
import static io.swarmloader.shaka.streams.MasterPlaylist.jsParseInt;
import static io.swarmloader.shaka.streams.MasterPlaylist.truthy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Shaka Player 5 reports in {@code manifest.variants} for a master playlist, modelled from
 * {@code lib/hls/hls_parser.js} and {@code lib/util/manifest_parser_utils.js} of 5.2.12, as the
 * adapter's JSO layer would copy it into {@link ShakaVariantFacts}.
 *
 * <p>Assumptions: {@code variant.bandwidth = Number(BANDWIDTH) || Number(AVERAGE-BANDWIDTH)};
 * {@code width}/{@code height} are {@code Number(w) || undefined}; {@code frameRate =
 * parseFloat(FRAME-RATE) || undefined}; {@code hdr = VIDEO-RANGE || undefined}; a video stream's
 * codecs are the first codec matching Shaka's video patterns (in pattern order), or, for a variant
 * without audio group that lists audio and video codecs (muxed), {@code video + "," + audio}; an
 * audio group's codecs are the first audio codec of the last variant naming the group; an audio
 * stream's {@code language} is {@code LanguageUtils.normalize(LANGUAGE || "und")} (ISO 639-2 codes
 * mapped to 639-1), {@code originalLanguage} the raw {@code LANGUAGE}, {@code label = NAME}, {@code
 * originalId = URI}, {@code channelsCount = parseInt(CHANNELS.split("/")[0])}; one variant per
 * (video, audio) pair; streams shared by variants are one object (same id).
 */
final class ShakaHlsModel {
  private static final String[] VIDEO_PATTERNS = {
    "avc", "hev", "hvc", "vvc", "vvi", "vp08", "vp8", "vp09", "vp9", "av01", "av02", "mp2v", "dvh",
    "dva", "dav"
  };
  private static final String[] AUDIO_PREFIXES = {"mp4a", "ac-3", "ec-3", "ac-4", "opus", "Opus"};
  private static final Map<String, String> ISO_639_2_TO_1 =
      Map.of(
          "eng", "en", "spa", "es", "ger", "de", "deu", "de", "fre", "fr", "fra", "fr", "jpn", "ja",
          "por", "pt", "ita", "it", "zho", "zh");

  final List<ShakaVariantFacts> variants = new ArrayList<>();

  /** Stream id → the playlist URI it was made from. */
  final Map<Integer, String> uriById = new HashMap<>();

  private int nextId;

  static ShakaHlsModel of(MasterPlaylist master) {
    ShakaHlsModel m = new ShakaHlsModel();
    Map<String, String> groupCodecs = new HashMap<>();
    for (MasterPlaylist.Variant v : master.variants) {
      String group = v.attrs().get("AUDIO");
      if (group != null) {
        groupCodecs.put(group, first(codecs(v), true));
      }
    }
    Map<String, List<ShakaStreamFacts>> audioByGroup = new LinkedHashMap<>();
    for (MasterPlaylist.Media media : master.media) {
      Map<String, String> a = media.attrs();
      if (!"AUDIO".equals(a.get("TYPE")) || media.uri() == null) {
        continue;
      }
      String lang = a.get("LANGUAGE");
      double channels =
          a.get("CHANNELS") == null ? Double.NaN : jsParseInt(a.get("CHANNELS").split("/")[0]);
      ShakaStreamFacts audio =
          ShakaStreamFacts.audio(
              m.nextId++,
              groupCodecs.get(a.get("GROUP-ID")),
              normalize(lang == null ? "und" : lang),
              lang,
              a.get("CHANNELS") == null ? null : channels,
              a.get("NAME"),
              media.uri());
      m.uriById.put(audio.id(), media.uri());
      audioByGroup.computeIfAbsent(a.get("GROUP-ID"), k -> new ArrayList<>()).add(audio);
    }
    Map<String, ShakaStreamFacts> videoByUri = new HashMap<>();
    for (MasterPlaylist.Variant v : master.variants) {
      m.addVariants(v, audioByGroup.get(v.attrs().get("AUDIO")), videoByUri);
    }
    return m;
  }

  private void addVariants(
      MasterPlaylist.Variant v,
      List<ShakaStreamFacts> audios,
      Map<String, ShakaStreamFacts> videoByUri) {
    Map<String, String> a = v.attrs();
    double bandwidth = jsNumber(a.get("BANDWIDTH"));
    Double bw = truthy(bandwidth) ? bandwidth : jsNumber(a.get("AVERAGE-BANDWIDTH"));
    List<String> codecs = codecs(v);
    String video = first(codecs, false);
    String audio = first(codecs, true);
    if (video == null && audios == null) {
      ShakaStreamFacts audioOnly =
          ShakaStreamFacts.audio(nextId++, audio, "und", null, null, null, v.uri());
      uriById.put(audioOnly.id(), v.uri());
      variants.add(new ShakaVariantFacts(bw, null, audioOnly));
      return;
    }
    ShakaStreamFacts videoStream = videoByUri.get(v.uri());
    if (videoStream == null) {
      String videoCodecs = audios == null && audio != null ? video + "," + audio : video;
      String resolution = a.get("RESOLUTION");
      Double width = null;
      Double height = null;
      if (resolution != null) {
        double w = jsNumber(resolution.split("x")[0]);
        double h = jsNumber(resolution.split("x")[1]);
        width = truthy(w) ? w : null;
        height = truthy(h) ? h : null;
      }
      double fr = a.get("FRAME-RATE") == null ? Double.NaN : jsNumber(a.get("FRAME-RATE"));
      videoStream =
          ShakaStreamFacts.video(
              nextId++, videoCodecs, width, height, truthy(fr) ? fr : null, a.get("VIDEO-RANGE"));
      videoByUri.put(v.uri(), videoStream);
      uriById.put(videoStream.id(), v.uri());
    }
    if (audios == null) {
      variants.add(new ShakaVariantFacts(bw, videoStream, null));
    } else {
      for (ShakaStreamFacts audioStream : audios) {
        variants.add(new ShakaVariantFacts(bw, videoStream, audioStream));
      }
    }
  }

  private static List<String> codecs(MasterPlaylist.Variant v) {
    List<String> out = new ArrayList<>();
    for (String c : v.attrs().getOrDefault("CODECS", "").split("\\s*,\\s*")) {
      if (!c.isEmpty()) {
        out.add(c.trim());
      }
    }
    return out;
  }

  /** {@code guessCodecsSafe}: the first codec matching the first pattern that matches any. */
  private static String first(List<String> codecs, boolean audio) {
    for (String pattern : audio ? AUDIO_PREFIXES : VIDEO_PATTERNS) {
      for (String codec : codecs) {
        if (codec.startsWith(pattern)) {
          return codec;
        }
      }
    }
    return null;
  }

  private static String normalize(String language) {
    String lower = language.toLowerCase();
    int dash = lower.indexOf('-');
    String code = dash < 0 ? lower : lower.substring(0, dash);
    String rest = dash < 0 ? "" : "-" + language.substring(dash + 1).toUpperCase();
    return ISO_639_2_TO_1.getOrDefault(code, code) + rest;
  }
}
