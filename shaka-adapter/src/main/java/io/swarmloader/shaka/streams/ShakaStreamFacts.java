package io.swarmloader.shaka.streams;

/**
 * The fields of one {@code shaka.extern.Stream} that stream registration reads
 * (player-integration.md §4.6). Nullable fields are JavaScript {@code null}/{@code undefined};
 * numbers are JavaScript numbers. Immutable. A plain class rather than a record: a record's
 * generated {@code equals} and {@code hashCode} would ship in the bundle unused.
 */
public final class ShakaStreamFacts {
  private final int id;
  private final String codecs;
  private final Double width;
  private final Double height;
  private final Double frameRate;
  private final String hdr;
  private final String language;
  private final String originalLanguage;
  private final Double channelsCount;
  private final String label;
  private final String originalId;

  public ShakaStreamFacts(
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
    this.id = id;
    this.codecs = codecs;
    this.width = width;
    this.height = height;
    this.frameRate = frameRate;
    this.hdr = hdr;
    this.language = language;
    this.originalLanguage = originalLanguage;
    this.channelsCount = channelsCount;
    this.label = label;
    this.originalId = originalId;
  }

  /** {@code stream.id}; the runtime ID is {@code String(id)}. */
  public int id() {
    return id;
  }

  /** {@code stream.codecs}. */
  public String codecs() {
    return codecs;
  }

  /** {@code stream.width}. */
  public Double width() {
    return width;
  }

  /** {@code stream.height}. */
  public Double height() {
    return height;
  }

  /** {@code stream.frameRate} (a number in Shaka). */
  public Double frameRate() {
    return frameRate;
  }

  /** {@code stream.hdr} (HLS: {@code VIDEO-RANGE}). */
  public String hdr() {
    return hdr;
  }

  /** {@code stream.language}, which Shaka normalises ({@code spa} → {@code es}). */
  public String language() {
    return language;
  }

  /** {@code stream.originalLanguage}: as written (Shaka 4.x+; null where absent). */
  public String originalLanguage() {
    return originalLanguage;
  }

  /** {@code stream.channelsCount}. */
  public Double channelsCount() {
    return channelsCount;
  }

  /** {@code stream.label} (HLS: {@code NAME}). */
  public String label() {
    return label;
  }

  /** {@code stream.originalId}. */
  public String originalId() {
    return originalId;
  }

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
