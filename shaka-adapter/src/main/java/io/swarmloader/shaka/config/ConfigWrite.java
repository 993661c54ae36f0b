package io.swarmloader.shaka.config;

/**
 * One {@code player.configure(path, value)} call.
 *
 * @param path Shaka's dotted config path, e.g. {@code manifest.defaultPresentationDelay}
 * @param value a {@link Double} or a {@link Boolean}
 */
public record ConfigWrite(String path, Object value) {}
