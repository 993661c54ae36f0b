package io.swarmloader.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The servers every scenario shares: one test server and one tracker, started on first use and
 * stopped once, after the last test class of the run. They live in the root {@link
 * ExtensionContext.Store}, which closes {@link AutoCloseable} values when the whole run ends; this
 * is the suite-wide form of the {@code @BeforeAll}/{@code @AfterAll} pair of browser-testing.md
 * §4.6, so the processes start once instead of once per class.
 */
final class E2eEnvironment implements AutoCloseable {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(E2eEnvironment.class);

  final TestServer server;
  final Tracker tracker;

  private E2eEnvironment(TestServer server, Tracker tracker) {
    this.server = server;
    this.tracker = tracker;
  }

  static E2eEnvironment get(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NS)
        .getOrComputeIfAbsent("env", k -> start(), E2eEnvironment.class);
  }

  private static E2eEnvironment start() {
    long t0 = System.currentTimeMillis();
    TestMedia.ensure();
    TestServer server = TestServer.start();
    Tracker tracker;
    try {
      tracker = Tracker.start("tracker");
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    System.out.println(
        "[e2e] test server on "
            + server.origin()
            + ", tracker on ws://127.0.0.1:"
            + tracker.port()
            + ", bundles from "
            + E2ePaths.dist()
            + " (ready in "
            + (System.currentTimeMillis() - t0)
            + " ms)");
    return new E2eEnvironment(server, tracker);
  }

  @Override
  public void close() {
    try {
      BrowserPool.quitAll();
      tracker.close();
    } finally {
      server.close();
    }
    System.out.println("[e2e] browsers, test server and tracker stopped");
  }
}
