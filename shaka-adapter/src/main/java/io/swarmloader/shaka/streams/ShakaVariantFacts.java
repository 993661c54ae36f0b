package io.swarmloader.shaka.streams;

/**
 * One {@code shaka.extern.Variant} as stream registration sees it (player-integration.md §4.6). A
 * plain class rather than a record: a record's generated {@code equals} and {@code hashCode} would
 * ship in the bundle unused.
 */
public final class ShakaVariantFacts {
  private final Double bandwidth;
  private final ShakaStreamFacts video;
  private final ShakaStreamFacts audio;

  public ShakaVariantFacts(Double bandwidth, ShakaStreamFacts video, ShakaStreamFacts audio) {
    this.bandwidth = bandwidth;
    this.video = video;
    this.audio = audio;
  }

  /** {@code variant.bandwidth}, bits per second, null when undefined. */
  public Double bandwidth() {
    return bandwidth;
  }

  /** {@code variant.video}, or null. */
  public ShakaStreamFacts video() {
    return video;
  }

  /** {@code variant.audio}, or null. */
  public ShakaStreamFacts audio() {
    return audio;
  }
}
