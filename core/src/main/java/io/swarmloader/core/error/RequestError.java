package io.swarmloader.core.error;

/** One failed download attempt (HTTP or P2P). {@code timestampMs} is the clock at creation. */
public record RequestError(RequestErrorType type, String message, double timestampMs) {}
