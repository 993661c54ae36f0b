package io.swarmloader.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.events.DownloadSource;
import io.swarmloader.core.platform.Logger;
import org.junit.jupiter.api.Test;

class RequestRegistryTest {
  private final LoaderFixture f = new LoaderFixture();
  private final RequestRegistry registry = new RequestRegistry();

  @Test
  void getOrCreate_sameSegment_oneRequestKeepingItsBuffer() {
    Request first = registry.getOrCreate(f.seg(0));
    first.buffer.append(new byte[7], 0, 7);

    Request again = registry.getOrCreate(f.seg(0));

    assertSame(first, again);
    assertEquals(7, again.buffer.heldBytes());
    assertEquals(1, registry.size());
  }

  @Test
  void replacePending_previousPending_rejectedWithAborted() {
    RecordingPlayer first = new RecordingPlayer();
    RecordingPlayer second = new RecordingPlayer();
    registry.replacePending(new PlayerRequest(f.seg(0), first, Logger.NONE));

    registry.replacePending(new PlayerRequest(f.seg(1), second, Logger.NONE));

    assertEquals(CoreRequestError.Kind.ABORTED, first.errorKind());
    assertFalse(second.isDone());
    assertSame(f.seg(1), registry.lastRequested());
    assertTrue(registry.isPendingFor(registry.getOrCreate(f.seg(1))));
  }

  @Test
  void remove_olderRequestObject_doesNotRemoveTheCurrentOne() {
    Request old = registry.getOrCreate(f.seg(0));
    registry.remove(old);
    Request current = registry.getOrCreate(f.seg(0));

    registry.remove(old);

    assertSame(current, registry.get(f.seg(0).runtimeId()));
  }

  @Test
  void failureHistory_httpFailuresCountedP2pNot_clearedAfter60s() {
    Request request = registry.getOrCreate(f.seg(0));
    request.recordFailure(DownloadSource.HTTP, 1_000);
    request.recordFailure(DownloadSource.P2P, 2_000);
    request.recordFailure(DownloadSource.HTTP, 3_000);
    assertEquals(2, request.httpFailureCount);

    request.clearFailureHistoryIfExpired(62_999);
    assertEquals(2, request.httpFailureCount);

    request.clearFailureHistoryIfExpired(63_000);
    assertEquals(0, request.httpFailureCount);
  }

  @Test
  void playerRequest_endsOnce_andSurvivesAThrowingCallback() {
    PlayerRequestCallback throwing =
        new PlayerRequestCallback() {
          @Override
          public void onSuccess(byte[] data, double bandwidthBps) {
            throw new IllegalStateException("player bug");
          }

          @Override
          public void onError(CoreRequestError error) {
            throw new AssertionError("second ending");
          }
        };
    PlayerRequest player = new PlayerRequest(f.seg(0), throwing, Logger.NONE);

    player.resolve(new byte[1], 0);
    player.reject(CoreRequestError.Kind.FAILED, "late");

    assertNull(registry.pending());
  }
}
