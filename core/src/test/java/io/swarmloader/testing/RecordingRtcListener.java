package io.swarmloader.testing;

import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.platform.RtcFactory.RtcConnectionListener;
import java.util.ArrayList;
import java.util.List;

/** Records the events of one RTC connection; attaches a recorder to the channel when it opens. */
public final class RecordingRtcListener implements RtcConnectionListener {
  public final List<String> localSdps = new ArrayList<>();
  public final List<String> closeReasons = new ArrayList<>();
  public final RecordingChannelListener channelEvents = new RecordingChannelListener();
  public DataChannel channel;
  public double openedAtMs = -1;
  private final VirtualClock clock;

  public RecordingRtcListener(VirtualClock clock) {
    this.clock = clock;
  }

  @Override
  public void onLocalDescription(String sdp) {
    localSdps.add(sdp);
  }

  @Override
  public void onChannelOpen(DataChannel channel) {
    this.channel = channel;
    this.openedAtMs = clock.nowMs();
    channel.setListener(channelEvents);
  }

  @Override
  public void onClosed(String reason) {
    closeReasons.add(reason);
  }

  public String sdp() {
    return localSdps.get(0);
  }
}
