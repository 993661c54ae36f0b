package io.swarmloader.core.platform;

/** Everything core needs from the outside world, bundled. */
public record Platform(
    Clock clock,
    Scheduler scheduler,
    RandomSource random,
    TextSemantics text,
    HttpClient http,
    WebSocketFactory webSockets,
    RtcFactory rtc,
    Logger logger) {}
