package org.reformhub.registry.tasktable.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.reformhub.registry.measure.infrastructure.MeasureRepository;
import org.reformhub.registry.tasktable.infrastructure.TableDocuments;

/** On first start (an empty register), imports the city's table so the platform shows its 22 measures. */
@ApplicationScoped
public class SeedRegistry {

    private static final Logger LOG = Logger.getLogger(SeedRegistry.class);

    private final ImportTaskTable importTaskTable;
    private final MeasureRepository measures;
    private final Optional<String> seedFile;

    public SeedRegistry(ImportTaskTable importTaskTable, MeasureRepository measures,
                        @ConfigProperty(name = "reformhub.registry.seed-file") Optional<String> seedFile) {
        this.importTaskTable = importTaskTable;
        this.measures = measures;
        this.seedFile = seedFile;
    }

    void onStart(@Observes StartupEvent start) {
        if (seedFile.isEmpty() || seedFile.get().isBlank()) {
            return;
        }
        Path file = Path.of(seedFile.get());
        if (!Files.isReadable(file)) {
            LOG.warnf("seed table %s not found: starting with an empty register", file);
            return;
        }
        if (io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(measures::count) > 0) {
            return;
        }
        try {
            var report = importTaskTable.execute(TableDocuments.Format.TEXT, Files.readAllBytes(file), false, "system:seed");
            LOG.infof("seeded the register from %s: %d measures, %d warnings", file, report.created(), report.warnings().size());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "seeding from %s failed: the register stays empty", file);
        }
    }
}
