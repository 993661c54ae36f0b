package io.swarmloader.core.storage;

/** Storage usage in MiB (player-integration.md §6.1). */
public record StorageUsage(double totalCapacity, double usedCapacity) {}
