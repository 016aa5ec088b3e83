package org.reformhub.warehouse.load.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.TopicPartition;

import org.reformhub.warehouse.load.infrastructure.EndOffsets;
import org.reformhub.warehouse.load.infrastructure.WarehouseTables;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.warehouse.load.domain.LoadRejection;
import org.reformhub.warehouse.load.infrastructure.LoadProgress;

/** The load as operators and the data team see it: how far behind, what was skipped or parked, a rebuild. */
@ApplicationScoped
public class WarehouseLoad {

    public record PartitionStatus(String topic, int partition, long loadedUpTo, long end, long behind) {
    }

    public record SkippedType(String type, long events) {
    }

    public record Status(boolean caughtUp, long behind, List<PartitionStatus> partitions, long eventsSinceStart,
                         long rowsSinceStart, Instant lastLoadAt, @Schema(nullable = true) LoadProgress.Failure lastFailure, boolean rebuildPending,
                         @Schema(nullable = true) Instant lastRebuildAt, List<SkippedType> skippedTypes, long rejectedRecords) {
    }

    public record RebuildRequested(Instant requestedAt) {
    }

    private final DataSource dataSource;
    private final WarehouseTables tables;
    private final EndOffsets endOffsets;
    private final LoadProgress progress;

    public WarehouseLoad(DataSource dataSource, WarehouseTables tables, EndOffsets endOffsets, LoadProgress progress) {
        this.dataSource = dataSource;
        this.tables = tables;
        this.endOffsets = endOffsets;
        this.progress = progress;
    }

    /** Caught up: every partition's end offset is loaded and no rebuild is waiting. */
    public Status status() throws SQLException {
        Map<TopicPartition, Long> ends = ends();
        try (Connection connection = dataSource.getConnection()) {
            Map<TopicPartition, Long> loaded = tables.offsets(connection);
            List<PartitionStatus> partitions = new ArrayList<>();
            ends.forEach((partition, end) -> {
                long upTo = loaded.getOrDefault(partition, 0L);
                partitions.add(new PartitionStatus(partition.topic(), partition.partition(), upTo, end,
                        Math.max(0, end - upTo)));
            });
            partitions.sort(Comparator.comparing(PartitionStatus::topic).thenComparing(PartitionStatus::partition));
            long behind = partitions.stream().mapToLong(PartitionStatus::behind).sum();
            return new Status(behind == 0 && !progress.rebuildPending(), behind, partitions, progress.events(),
                    progress.rows(), progress.lastLoad(), progress.lastFailure(), progress.rebuildPending(),
                    progress.lastRebuild(), skipped(connection), count(connection, "select count(*) from load_rejected"));
        }
    }

    public Map<String, WarehouseTables.TableDigest> digests() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return tables.digests(connection);
        }
    }

    public RebuildRequested rebuild() {
        return new RebuildRequested(progress.requestRebuild());
    }

    private Map<TopicPartition, Long> ends() {
        try {
            return endOffsets.now();
        } catch (EndOffsets.Unavailable e) {
            throw new RejectedException(new LoadRejection.ProgressUnknown());
        }
    }

    private static List<SkippedType> skipped(Connection connection) throws SQLException {
        List<SkippedType> skipped = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select event_type, events from load_skipped_type order by event_type");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                skipped.add(new SkippedType(rows.getString(1), rows.getLong(2)));
            }
        }
        return skipped;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
