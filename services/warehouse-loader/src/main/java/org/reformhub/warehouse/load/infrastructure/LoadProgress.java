package org.reformhub.warehouse.load.infrastructure;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the loading thread reports of itself (since this instance started): events read, rows written, the last
 * failure, and a rebuild asked for but not yet begun.
 */
@ApplicationScoped
public class LoadProgress {

    public record Failure(Instant at, String message) {
    }

    private final AtomicLong events = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private final AtomicReference<Instant> lastLoad = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
    private final AtomicReference<Instant> rebuildRequested = new AtomicReference<>();
    private final AtomicReference<Instant> lastRebuild = new AtomicReference<>();

    public LoadProgress(MeterRegistry metrics) {
        metrics.gauge("warehouse.loaded.events", events);
        metrics.gauge("warehouse.loaded.rows", rows);
    }

    public void loaded(int eventCount, int rowCount) {
        events.addAndGet(eventCount);
        rows.addAndGet(rowCount);
        lastLoad.set(Instant.now());
        lastFailure.set(null);
    }

    public void failed(String message) {
        lastFailure.set(new Failure(Instant.now(), message));
    }

    public Instant requestRebuild() {
        Instant now = Instant.now();
        rebuildRequested.compareAndSet(null, now);
        return rebuildRequested.get();
    }

    /** Called by the loading thread: once the warehouse is emptied, the request is done (the replay follows). */
    public void rebuildBegun() {
        rebuildRequested.set(null);
        lastRebuild.set(Instant.now());
    }

    public boolean rebuildPending() {
        return rebuildRequested.get() != null;
    }

    public long events() {
        return events.get();
    }

    public long rows() {
        return rows.get();
    }

    public Instant lastLoad() {
        return lastLoad.get();
    }

    public Failure lastFailure() {
        return lastFailure.get();
    }

    public Instant lastRebuild() {
        return lastRebuild.get();
    }
}
