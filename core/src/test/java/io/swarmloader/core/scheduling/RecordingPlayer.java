package io.swarmloader.core.scheduling;

import io.swarmloader.core.error.CoreRequestError;

/** Records how a player request ended; fails on a second ending. */
final class RecordingPlayer implements PlayerRequestCallback {
  byte[] data;
  double bandwidthBps = Double.NaN;
  CoreRequestError error;

  @Override
  public void onSuccess(byte[] data, double bandwidthBps) {
    checkFirst();
    this.data = data;
    this.bandwidthBps = bandwidthBps;
  }

  @Override
  public void onError(CoreRequestError error) {
    checkFirst();
    this.error = error;
  }

  boolean isDone() {
    return data != null || error != null;
  }

  CoreRequestError.Kind errorKind() {
    return error == null ? null : error.kind();
  }

  private void checkFirst() {
    if (isDone()) {
      throw new AssertionError("player request ended twice");
    }
  }
}
