package io.swarmloader.shaka.streams;

/**
 * The fields of one {@code shaka.extern.Stream} that stream registration reads
 * (player-integration.md §4.6). Nullable fields are JavaScript {@code null}/{@code undefined};
 * numbers are JavaScript numbers. Immutable.
 *
 * @param id {@code stream.id}; the runtime ID is {@code String(id)}
 * @param codecs {@code stream.codecs}
 * @param width {@code stream.width}
 * @param height {@code stream.height}
 * @param frameRate {@code stream.frameRate} (a number in Shaka)
 * @param hdr {@code stream.hdr} (HLS: {@code VIDEO-RANGE})
 * @param language {@code stream.language}, which Shaka normalises ({@code spa} → {@code es})
 * @param originalLanguage {@code stream.originalLanguage}: the manifest's value as written (Shaka
 *     4.x and later; null where absent)
 * @param channelsCount {@code stream.channelsCount}
 * @param label {@code stream.label} (HLS: {@code NAME})
 * @param originalId {@code stream.originalId}
 */
public record ShakaStreamFacts(
    int id,
    String codecs,
    Double width,
    Double height,
    Double frameRate,
    String hdr,
    String language,
    String originalLanguage,
    Double channelsCount,
    String label,
    String originalId) {

  /** A video stream's facts (audio fields null). */
  public static ShakaStreamFacts video(
      int id, String codecs, Double width, Double height, Double frameRate, String hdr) {
    return new ShakaStreamFacts(
        id, codecs, width, height, frameRate, hdr, null, null, null, null, null);
  }

  /** An audio stream's facts (video fields null). */
  public static ShakaStreamFacts audio(
      int id,
      String codecs,
      String language,
      String originalLanguage,
      Double channelsCount,
      String label,
      String originalId) {
    return new ShakaStreamFacts(
        id,
        codecs,
        null,
        null,
        null,
        null,
        language,
        originalLanguage,
        channelsCount,
        label,
        originalId);
  }

  /** {@code String(stream.id)}. */
  public String runtimeId() {
    return Integer.toString(id);
  }
}
