package io.swarmloader.shaka.streams;

/**
 * One {@code shaka.extern.Variant} as stream registration sees it (player-integration.md §4.6).
 *
 * @param bandwidth {@code variant.bandwidth}, bits per second, null when undefined
 * @param video {@code variant.video}, or null
 * @param audio {@code variant.audio}, or null
 */
public record ShakaVariantFacts(Double bandwidth, ShakaStreamFacts video, ShakaStreamFacts audio) {}
