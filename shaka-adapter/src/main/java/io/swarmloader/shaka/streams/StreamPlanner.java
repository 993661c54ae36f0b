package io.swarmloader.shaka.streams;

import io.swarmloader.core.id.StreamShortId;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.TextSemantics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns Shaka's {@code manifest.variants} into the streams to register (player-integration.md §4.6,
 * wire-protocol.md §2.1). Stateless apart from its {@link TextSemantics}; never throws.
 *
 * <p>The table of §4.6:
 *
 * <ul>
 *   <li>{@code variant.video} → main; bitrate {@code variant.bandwidth}; codecs {@code
 *       video.codecs} without audio entries (those starting with {@code mp4a}, {@code ac-3}, {@code
 *       ec-3}, {@code ec+3}, {@code opus}, {@code vorb}, {@code flac}); {@code width}, {@code
 *       height}, {@code frameRate}; videoRange {@code hdr}; only the bitrate when it is 0.
 *   <li>{@code variant.audio} beside a video → secondary; bitrate 0; {@code codecs}; language;
 *       channels {@code channelsCount}; name {@code label ?? originalId}.
 *   <li>{@code variant.audio} of an audio-only variant → main; bitrate {@code variant.bandwidth}.
 *   <li>Streams are de-duplicated by {@code stream.id}: the first variant that references a stream
 *       decides its type and inputs. Text and image streams are not in variants and are ignored.
 * </ul>
 *
 * <p><b>HLS: agreeing with hls.js.</b> §4.6 requires an HLS rendition to get the same short ID in
 * hls.js and in Shaka, and the hls.js inputs are fixed by 2.3 hls.js peers (§3.7). Three literal
 * readings of the table would break that, so for HLS:
 *
 * <ul>
 *   <li>language is {@code originalLanguage} (the {@code LANGUAGE} attribute as written) when
 *       present, else {@code language}. hls.js passes {@code LANGUAGE} as written, while Shaka's
 *       {@code language} is normalised to ISO 639-1 ({@code spa} → {@code es}, {@code ger} → {@code
 *       de}), whose first two letters often differ ({@code sp} against {@code es});
 *   <li>a main stream's missing width or height is 0: hls.js levels report {@code width || 0};
 *   <li>the main stream of an audio-only variant gets width and height 0 as well (an audio-only
 *       hls.js level has width 0, height 0 and no video codec).
 * </ul>
 *
 * DASH streams (which hls.js never sees) follow the table literally.
 */
public final class StreamPlanner {
  private static final String[] AUDIO_CODEC_PREFIXES = {
    "mp4a", "ac-3", "ec-3", "ec+3", "opus", "vorb", "flac"
  };

  private final TextSemantics text;

  public StreamPlanner(TextSemantics text) {
    this.text = text;
  }

  /** The streams of {@code variants}, in order of first appearance, each once. */
  public List<PlannedStream> plan(List<ShakaVariantFacts> variants, int protocol) {
    boolean hls = protocol == ManifestProtocol.HLS;
    List<PlannedStream> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (ShakaVariantFacts variant : variants) {
      ShakaStreamFacts video = variant.video();
      ShakaStreamFacts audio = variant.audio();
      if (video != null && seen.add(video.id())) {
        out.add(new PlannedStream(video.runtimeId(), StreamType.MAIN, videoInputs(variant, hls)));
      }
      if (audio != null && seen.add(audio.id())) {
        out.add(
            video != null
                ? new PlannedStream(
                    audio.runtimeId(), StreamType.SECONDARY, audioInputs(audio, hls))
                : new PlannedStream(
                    audio.runtimeId(), StreamType.MAIN, audioOnlyInputs(variant, hls)));
      }
    }
    return out;
  }

  /** The engine's stream descriptions, short IDs hashed. */
  public static List<StreamInfo> streamInfos(List<PlannedStream> planned, StreamShortId ids) {
    List<StreamInfo> out = new ArrayList<>(planned.size());
    for (PlannedStream p : planned) {
      out.add(new StreamInfo(p.runtimeId(), p.type(), ids.compute(p.inputs())));
    }
    return out;
  }

  private StreamShortId.Inputs videoInputs(ShakaVariantFacts variant, boolean hls) {
    ShakaStreamFacts v = variant.video();
    return StreamShortId.Inputs.mainStream(
        variant.bandwidth(),
        videoCodecsOnly(v.codecs()),
        hls ? zeroIfMissing(v.width()) : v.width(),
        hls ? zeroIfMissing(v.height()) : v.height(),
        v.frameRate(),
        v.hdr());
  }

  private StreamShortId.Inputs audioInputs(ShakaStreamFacts a, boolean hls) {
    String language = hls && a.originalLanguage() != null ? a.originalLanguage() : a.language();
    String name = a.label() != null ? a.label() : a.originalId();
    return StreamShortId.Inputs.audioRendition(
        a.codecs(), language, channels(a.channelsCount()), name);
  }

  private static StreamShortId.Inputs audioOnlyInputs(ShakaVariantFacts variant, boolean hls) {
    Double zero = hls ? 0.0 : null;
    return StreamShortId.Inputs.mainStream(variant.bandwidth(), null, zero, zero, null, null);
  }

  private static Double zeroIfMissing(Double value) {
    return value == null ? 0.0 : value;
  }

  /** {@code String(channelsCount)}, or null when it is falsy (null, 0, NaN). */
  private String channels(Double channelsCount) {
    if (channelsCount == null || channelsCount == 0 || Double.isNaN(channelsCount)) {
      return null;
    }
    return text.numberToString(channelsCount);
  }

  /**
   * The codec list without its audio entries, or null when nothing is left. Entries keep their
   * text; the short ID normalises them later.
   */
  public String videoCodecsOnly(String codecs) {
    if (codecs == null || codecs.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (start <= codecs.length()) {
      int comma = codecs.indexOf(',', start);
      int end = comma < 0 ? codecs.length() : comma;
      String entry = codecs.substring(start, end);
      if (!isAudioOrEmpty(entry)) {
        if (out.length() > 0) {
          out.append(',');
        }
        out.append(entry);
      }
      start = end + 1;
    }
    return out.length() == 0 ? null : out.toString();
  }

  private boolean isAudioOrEmpty(String entry) {
    String e = text.toLowerCase(text.trim(entry));
    if (e.isEmpty()) {
      return true;
    }
    for (String prefix : AUDIO_CODEC_PREFIXES) {
      if (e.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
