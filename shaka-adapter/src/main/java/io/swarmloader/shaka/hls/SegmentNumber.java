package io.swarmloader.shaka.hls;

/**
 * Where one segment sits in its media playlist.
 *
 * @param mediaSequence the media sequence number: {@code EXT-X-MEDIA-SEQUENCE} plus the position
 * @param position the 0-based position in the playlist (segments skipped by {@code EXT-X-SKIP}
 *     count)
 */
public record SegmentNumber(long mediaSequence, int position) {}
