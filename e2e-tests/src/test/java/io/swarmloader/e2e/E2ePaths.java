package io.swarmloader.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the e2e harness finds the workspace, the bundles and the shared test streams. */
final class E2ePaths {
  private E2ePaths() {}

  /** The workspace root: {@code -Dswarmloader.root}, set by the pom, else the parent directory. */
  static Path root() {
    String root = System.getProperty("swarmloader.root");
    if (root != null && !root.isBlank()) {
      return Path.of(root).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("e2e-tests")) ? here : here.getParent();
  }

  static Path module() {
    return root().resolve("e2e-tests");
  }

  static Path target() {
    return module().resolve("target");
  }

  /** Per-run logs: server and tracker logs, page results, browser console logs. */
  static Path logs() {
    return target().resolve("e2e-logs");
  }

  /** The shared test-streams module: make-media.mjs and the live rewriters in lib/. */
  static Path testStreams() {
    return root().resolve("test-streams");
  }

  /** The generated media, {@code test-streams/target/media}. */
  static Path media() {
    return testStreams().resolve("target/media");
  }

  static Path nodeScripts() {
    return module().resolve("src/test/node");
  }

  static Path pages() {
    return module().resolve("src/test/pages");
  }

  /**
   * The hls.js adapter's npm dist directory. {@code -Dswarmloader.dist=<dir>} points the tests at
   * another build (for example another worktree's) without copying it.
   */
  static Path dist() {
    String dist = System.getProperty("swarmloader.dist");
    if (dist != null && !dist.isBlank()) {
      return Path.of(dist).toAbsolutePath().normalize();
    }
    return root().resolve("hlsjs-adapter/target/npm/dist");
  }

  /**
   * The Shaka adapter's npm dist directory ({@code swarmloader-shaka.js}); {@code
   * -Dswarmloader.shakaDist=<dir>} points elsewhere.
   */
  static Path shakaDist() {
    String dist = System.getProperty("swarmloader.shakaDist");
    if (dist != null && !dist.isBlank()) {
      return Path.of(dist).toAbsolutePath().normalize();
    }
    return root().resolve("shaka-adapter/target/npm/dist");
  }

  static Path tmp() {
    return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
  }
}
