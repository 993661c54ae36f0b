package io.swarmloader.swarm;

import io.swarmloader.core.Core;
import io.swarmloader.core.error.CoreRequestError;
import io.swarmloader.core.model.Segment;
import io.swarmloader.core.model.StreamInfo;
import io.swarmloader.core.model.StreamType;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.scheduling.PlayerRequestCallback;
import io.swarmloader.testing.VirtualClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A player model driven by the virtual clock, shaped like hls.js with the SwarmLoader adapter:
 * refreshes the playlist every segment duration, registers segments with the engine, loads one
 * segment at a time while the buffer is below its target, and plays in real time, stalling when the
 * buffer runs dry. It checks every delivered segment against the origin's bytes.
 */
final class SimulatedPlayer {
  private static final int TICK_MS = 250;

  private final String name;
  private final VirtualClock clock;
  private final Core core;
  private final SimulatedStream stream;
  private final double streamEpochMs;
  private final double bufferTargetS;
  private final int liveSyncSegments;
  private final String streamRuntimeId;
  private final Map<String, Segment> known = new LinkedHashMap<>();
  private final List<Cancellable> timers = new ArrayList<>();

  private List<Segment> playlist = List.of();
  private int nextIndexToLoad = -1;
  private long nextSequenceToLoad = -1;
  private boolean loading;
  private double position = -1;
  private double bufferedEnd = -1;
  private boolean playing;
  private boolean stalled;
  private boolean ended;
  private double stallStartMs;
  private final double joinedAtMs;

  // Results.
  int stallCount;
  double stallMs;
  double startupMs = -1;
  int deliveredSegments;
  int wrongBytes;
  int failedRequests;
  double playedS;

  SimulatedPlayer(
      String name,
      VirtualClock clock,
      Core core,
      SimulatedStream stream,
      double streamEpochMs,
      double bufferTargetS,
      int liveSyncSegments) {
    this.name = name;
    this.clock = clock;
    this.core = core;
    this.stream = stream;
    this.streamEpochMs = streamEpochMs;
    this.bufferTargetS = bufferTargetS;
    this.liveSyncSegments = liveSyncSegments;
    this.streamRuntimeId = stream.baseUrl + "/level.m3u8";
    this.joinedAtMs = clock.nowMs();
  }

  void start() {
    core.setManifestResponseUrl(stream.baseUrl + "/master.m3u8?token=" + name);
    core.setIsLive(stream.live);
    core.addStreamIfNoneExists(
        new StreamInfo(streamRuntimeId, StreamType.MAIN, "sim-main-stream-short-id-000="));
    refreshPlaylist();
    schedulePlaylistRefresh();
    scheduleTick();
  }

  void stop() {
    for (Cancellable c : timers) {
      c.cancel();
    }
    timers.clear();
  }

  String name() {
    return name;
  }

  private double streamTimeS() {
    return (clock.nowMs() - streamEpochMs) / 1000.0;
  }

  private void schedulePlaylistRefresh() {
    if (!stream.live) {
      return;
    }
    timers.add(
        clock.schedule(
            () -> {
              refreshPlaylist();
              schedulePlaylistRefresh();
            },
            (int) (stream.segmentDurationS * 1000)));
  }

  private void refreshPlaylist() {
    List<Segment> fresh = stream.playlistAt(streamTimeS());
    List<Segment> added = new ArrayList<>();
    Map<String, Segment> freshById = new LinkedHashMap<>();
    for (Segment s : fresh) {
      freshById.put(s.runtimeId(), s);
      if (!known.containsKey(s.runtimeId())) {
        added.add(s);
      }
    }
    List<String> removed = new ArrayList<>();
    for (String id : known.keySet()) {
      if (!freshById.containsKey(id)) {
        removed.add(id);
      }
    }
    known.clear();
    known.putAll(freshById);
    playlist = fresh;
    if (!added.isEmpty() || !removed.isEmpty()) {
      core.updateStream(streamRuntimeId, added, removed);
    }
    if (nextSequenceToLoad < 0) {
      int startIndex = stream.live ? Math.max(0, fresh.size() - 1 - liveSyncSegments) : 0;
      nextSequenceToLoad = sequenceOf(fresh.get(startIndex));
    }
    maybeLoad();
  }

  private long sequenceOf(Segment s) {
    String url = s.url();
    return Long.parseLong(url.substring(url.lastIndexOf("seg-") + 4, url.length() - 3));
  }

  private Segment nextSegment() {
    for (Segment s : playlist) {
      if (sequenceOf(s) == nextSequenceToLoad) {
        return s;
      }
    }
    return null;
  }

  private void maybeLoad() {
    if (loading) {
      return;
    }
    Segment next = nextSegment();
    if (next == null) {
      return;
    }
    double ahead = bufferedEnd < 0 ? 0 : bufferedEnd - Math.max(position, 0);
    if (ahead >= bufferTargetS) {
      return;
    }
    loading = true;
    core.loadSegment(
        next.runtimeId(),
        new PlayerRequestCallback() {
          @Override
          public void onSuccess(byte[] data, double bandwidthBps) {
            loading = false;
            deliveredSegments++;
            if (!Arrays.equals(data, stream.bytesOf(sequenceOf(next)))) {
              wrongBytes++;
            }
            if (bufferedEnd < 0) {
              position = next.startTime();
            }
            bufferedEnd = next.endTime();
            nextSequenceToLoad++;
            clock.schedule(SimulatedPlayer.this::maybeLoad, 0);
          }

          @Override
          public void onError(CoreRequestError error) {
            loading = false;
            failedRequests++;
            // hls.js retries the fragment after a short delay.
            timers.add(clock.schedule(SimulatedPlayer.this::maybeLoad, 1000));
          }
        });
  }

  private void scheduleTick() {
    timers.add(
        clock.schedule(
            () -> {
              tick();
              scheduleTick();
            },
            TICK_MS));
  }

  private void tick() {
    double dt = TICK_MS / 1000.0;
    if (bufferedEnd >= 0 && !playing && !stalled) {
      playing = true;
      startupMs = clock.nowMs() - joinedAtMs;
    }
    if (playing && !ended && !stream.live && position >= lastSegmentEnd() - 1e-9) {
      ended = true;
    }
    if (playing && !ended) {
      if (position + dt <= bufferedEnd + 1e-9) {
        position += dt;
        playedS += dt;
        if (stalled) {
          stalled = false;
          stallMs += clock.nowMs() - stallStartMs;
        }
      } else if (!stalled) {
        stalled = true;
        stallCount++;
        stallStartMs = clock.nowMs();
      }
      core.updatePlayback(position, 1);
    }
    maybeLoad();
  }

  private double lastSegmentEnd() {
    return playlist.isEmpty() ? Double.MAX_VALUE : playlist.get(playlist.size() - 1).endTime();
  }

  boolean hasEnded() {
    return ended;
  }

  void finish() {
    if (stalled) {
      stallMs += clock.nowMs() - stallStartMs;
    }
  }
}
