package io.swarmloader.core.p2p;

import io.swarmloader.core.config.StreamConfig;
import io.swarmloader.core.platform.Clock;
import io.swarmloader.core.platform.RandomSource;
import io.swarmloader.core.platform.Scheduler;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What every session of a swarm shares. {@code config} is read at each use, so dynamic changes
 * apply; {@code uploadDisabled} is the swarm's current upload switch.
 */
record SessionContext(
    Supplier<StreamConfig> config,
    Clock clock,
    Scheduler scheduler,
    RandomSource random,
    LocalSegments localSegments,
    UploadSlots uploadSlots,
    BooleanSupplier uploadDisabled) {}
