package io.swarmloader.browser.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Node WebSocket echo server ({@code src/test/node/ws-echo.mjs}, using the workspace's {@code
 * node_modules/ws}), started for one test class and stopped after it. Its stderr goes to a log
 * file.
 */
final class EchoProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  EchoProcess(Path script, Path log) throws IOException {
    process =
        new ProcessBuilder("node", script.toString())
            .redirectError(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> firstLine =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return out.readLine();
              } catch (IOException e) {
                return null;
              }
            });
    String line;
    try {
      line = firstLine.get(10, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      close();
      throw new IOException("ws echo server did not start; see " + log, e);
    }
    if (line == null || !line.startsWith("listening ")) {
      close();
      throw new IOException("ws echo server said " + line + "; see " + log);
    }
    port = Integer.parseInt(line.substring("listening ".length()).trim());
  }

  String url() {
    return "ws://127.0.0.1:" + port + "/";
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
