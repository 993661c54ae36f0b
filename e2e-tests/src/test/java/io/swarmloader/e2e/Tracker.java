package io.swarmloader.e2e;

import java.util.List;
import java.util.Map;

/**
 * The real WebTorrent tracker: the server module of bittorrent-tracker 11.2.3, WebSocket only, on
 * 127.0.0.1 at a free port (browser-testing.md §7; {@code src/test/node/tracker.mjs}).
 */
final class Tracker implements AutoCloseable {
  private final NodeProcess process;

  private Tracker(NodeProcess process) {
    this.process = process;
  }

  /** Starts a tracker logging to {@code target/e2e-logs/<name>.log}. */
  static Tracker start(String name) {
    int port = NodeProcess.freePort();
    return new Tracker(
        NodeProcess.start(
            name,
            port,
            E2ePaths.nodeScripts().resolve("tracker.mjs"),
            List.of(String.valueOf(port)),
            Map.of()));
  }

  int port() {
    return process.port();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: the tracker disappears without closing its sockets cleanly. */
  void kill() {
    process.kill();
  }

  String logTail() {
    return process.logTail();
  }

  @Override
  public void close() {
    process.close();
  }

  @Override
  public String toString() {
    return "tracker " + process;
  }
}
