package io.swarmloader.shaka.streams;

import static io.swarmloader.shaka.streams.MasterPlaylist.jsParseInt;
import static io.swarmloader.shaka.streams.MasterPlaylist.truthy;

import io.swarmloader.core.id.StreamShortId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What hls.js 1.x reports for a master playlist at {@code hlsManifestLoaded}, modelled from its
 * sources ({@code src/loader/m3u8-parser.ts}, {@code src/types/level.ts}), and the short-ID inputs
 * the hls.js adapter derives from it (player-integration.md §3.7, the 2.3 hls.js mapping).
 *
 * <p>Assumptions: {@code bitrate} is {@code BANDWIDTH || AVERAGE-BANDWIDTH}; {@code maxBitrate} is
 * {@code max(realBitrate, bitrate)} with {@code realBitrate} still 0 at manifest time; CODECS is
 * split on spaces and commas and every entry whose sample-entry code is a video (audio) code goes
 * into {@code videoCodec} ({@code audioCodec}), joined with commas; {@code width}/{@code height}
 * are {@code RESOLUTION} or 0; {@code attrs} are the raw attribute texts; audio-only levels are
 * dropped when other levels have video; an audio track's {@code audioCodec} is that of the first
 * level of its group; {@code lang}, {@code channels}, {@code name} are the raw attributes.
 */
final class HlsJsModel {
  private static final Set<String> VIDEO =
      Set.of(
          "avc1", "avc2", "avc3", "avc4", "avcp", "av01", "dva1", "dvav", "dvh1", "dvhe", "hev1",
          "hvc1", "mp4v", "vp08", "vp09");
  private static final Set<String> AUDIO =
      Set.of(
          "ac-3", "ac-4", "alac", "dtsc", "dtse", "dtsh", "ec-3", "fLaC", "flac", "mha1", "mhm1",
          "mp4a", "Opus", "opus");

  record Level(
      String url,
      double bitrate,
      Double maxBitrate,
      String videoCodec,
      String audioCodec,
      double width,
      double height,
      Map<String, String> attrs) {

    /** player-integration.md §3.7. */
    StreamShortId.Inputs inputs() {
      double b = maxBitrate != null ? maxBitrate : bitrate;
      return StreamShortId.Inputs.mainStream(
          b, videoCodec, width, height, attrs.get("FRAME-RATE"), attrs.get("VIDEO-RANGE"));
    }
  }

  record AudioTrack(String url, String audioCodec, String lang, String channels, String name) {
    StreamShortId.Inputs inputs() {
      return StreamShortId.Inputs.audioRendition(audioCodec, lang, channels, name);
    }
  }

  final List<Level> levels = new ArrayList<>();
  final List<AudioTrack> audioTracks = new ArrayList<>();

  static HlsJsModel of(MasterPlaylist master) {
    HlsJsModel m = new HlsJsModel();
    List<Level> all = new ArrayList<>();
    for (MasterPlaylist.Variant v : master.variants) {
      Map<String, String> a = v.attrs();
      double bandwidth = jsParseInt(a.get("BANDWIDTH"));
      double bitrate = truthy(bandwidth) ? bandwidth : jsParseInt(a.get("AVERAGE-BANDWIDTH"));
      List<String> video = new ArrayList<>();
      List<String> audio = new ArrayList<>();
      for (String codec : a.getOrDefault("CODECS", "").split("[ ,]+")) {
        if (codec.length() >= 4 && VIDEO.contains(codec.substring(0, 4))) {
          video.add(codec);
        } else if (codec.length() >= 4 && AUDIO.contains(codec.substring(0, 4))) {
          audio.add(codec);
        }
      }
      double width = 0;
      double height = 0;
      String resolution = a.get("RESOLUTION");
      if (resolution != null) {
        width = Double.parseDouble(resolution.substring(0, resolution.indexOf('x')));
        height = Double.parseDouble(resolution.substring(resolution.indexOf('x') + 1));
      }
      all.add(
          new Level(
              v.uri(),
              bitrate,
              Math.max(0, bitrate),
              video.isEmpty() ? null : String.join(",", video),
              audio.isEmpty() ? null : String.join(",", audio),
              width,
              height,
              a));
    }
    boolean anyVideo = all.stream().anyMatch(l -> l.videoCodec() != null || l.width() > 0);
    for (Level l : all) {
      if (!anyVideo || l.videoCodec() != null || l.width() > 0) {
        m.levels.add(l);
      }
    }
    for (MasterPlaylist.Media media : master.media) {
      Map<String, String> a = media.attrs();
      if (!"AUDIO".equals(a.get("TYPE")) || media.uri() == null) {
        continue;
      }
      String codec = null;
      for (int i = 0; i < master.variants.size(); i++) {
        if (a.get("GROUP-ID").equals(master.variants.get(i).attrs().get("AUDIO"))) {
          codec = all.get(i).audioCodec();
          break;
        }
      }
      m.audioTracks.add(
          new AudioTrack(media.uri(), codec, a.get("LANGUAGE"), a.get("CHANNELS"), a.get("NAME")));
    }
    return m;
  }
}
