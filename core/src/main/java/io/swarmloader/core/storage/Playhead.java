package io.swarmloader.core.storage;

/**
 * The last playback update the storage received.
 *
 * @param positionS player media time in seconds
 * @param rate playback rate, always positive (a rate of 0 keeps the previous one)
 */
record Playhead(double positionS, double rate) {}
