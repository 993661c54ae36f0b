package io.swarmloader.hlsjs;

/**
 * What the adapter reads from one hls.js {@code details.fragments[k]} (player-integration.md §3.8).
 * NaN stands for JS {@code undefined}.
 *
 * @param url {@code fragment.url}
 * @param sn {@code fragment.sn}, the media sequence number
 * @param rangeStart {@code fragment.byteRange[0]}
 * @param rangeEndExclusive {@code fragment.byteRange[1]}
 * @param start {@code fragment.start}, seconds
 * @param end {@code fragment.end}, seconds
 */
record FragmentInfo(
    String url, double sn, double rangeStart, double rangeEndExclusive, double start, double end) {}
