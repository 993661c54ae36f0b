package io.swarmloader.hlsjs;

import io.swarmloader.core.id.StreamShortId;

/**
 * Short-ID inputs of hls.js levels and audio tracks (player-integration.md §3.7, wire-protocol.md
 * §2.1). Nullable arguments stand for JS {@code undefined}. Pure.
 */
final class HlsStreamInputs {
  private HlsStreamInputs() {}

  /**
   * A level ({@code main}): bitrate {@code maxBitrate ?? bitrate} (the peak {@code BANDWIDTH}, as
   * Shaka's {@code variant.bandwidth}); codecs {@code videoCodec}; {@code width}, {@code height};
   * frame rate {@code attrs["FRAME-RATE"]}; video range {@code attrs["VIDEO-RANGE"]}. All but the
   * bitrate are left out when the bitrate is 0.
   */
  static StreamShortId.Inputs level(
      Double maxBitrate,
      Double bitrate,
      String videoCodec,
      Double width,
      Double height,
      String frameRate,
      String videoRange) {
    Double chosen = maxBitrate != null ? maxBitrate : bitrate;
    return StreamShortId.Inputs.mainStream(
        chosen, videoCodec, width, height, frameRate, videoRange);
  }

  /**
   * An EXT-X-MEDIA audio track ({@code secondary}): bitrate 0; codecs {@code audioCodec}; language
   * {@code lang}; {@code channels} (the attribute text; null when falsy); {@code name}.
   */
  static StreamShortId.Inputs audioTrack(
      String audioCodec, String lang, String channels, String name) {
    String ch = channels == null || channels.isEmpty() ? null : channels;
    return StreamShortId.Inputs.audioRendition(audioCodec, lang, ch, name);
  }
}
