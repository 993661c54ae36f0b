package io.swarmloader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmloader.core.platform.DataChannel;
import io.swarmloader.core.platform.RtcFactory.RtcConnection;
import io.swarmloader.core.platform.RtcFactory.RtcConnectionListener;
import java.util.ArrayList;
import java.util.List;

/** {@link DataChannelContractTest} against {@link SimulatedNetwork}, with latency and bandwidth. */
class SimulatedNetworkDataChannelContractTest extends DataChannelContractTest {

  @Override
  protected ChannelPair createPair() {
    VirtualClock clock = new VirtualClock();
    SimulatedNetwork network =
        new SimulatedNetwork(clock, 7).latencyMs(15).bandwidthBytesPerSecond(1_000_000);
    List<DataChannel> opened = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    List<String> offers = new ArrayList<>();
    RtcConnection offerer = network.endpoint("a").createOffer(new Opening(opened, offers));
    clock.runUntilIdle(1_000);
    network.endpoint("b").createAnswer(offers.get(0), new Opening(opened, answers));
    clock.runUntilIdle(1_000);
    offerer.acceptAnswer(answers.get(0));
    clock.runUntilIdle(1_000);
    assertEquals(2, opened.size());
    return new ChannelPair() {
      @Override
      public DataChannel a() {
        return opened.get(0);
      }

      @Override
      public DataChannel b() {
        return opened.get(1);
      }

      @Override
      public void runForMs(int ms) {
        clock.advanceMs(ms);
      }
    };
  }

  private record Opening(List<DataChannel> opened, List<String> sdps)
      implements RtcConnectionListener {
    @Override
    public void onLocalDescription(String sdp) {
      sdps.add(sdp);
    }

    @Override
    public void onChannelOpen(DataChannel channel) {
      opened.add(channel);
    }

    @Override
    public void onClosed(String reason) {
      throw new AssertionError("unexpected close: " + reason);
    }
  }
}
