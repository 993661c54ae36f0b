package io.swarmloader.core.storage;

import io.swarmloader.testing.VirtualClock;

class MemorySegmentStorageContractTest extends SegmentStorageContractTest {
  @Override
  protected SegmentStorage createStorage(VirtualClock clock) {
    return new MemorySegmentStorage("Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0");
  }
}
