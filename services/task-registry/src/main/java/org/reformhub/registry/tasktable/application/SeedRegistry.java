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

import org.reformhub.registry.programme.application.ManageProgrammes;
import org.reformhub.registry.tasktable.infrastructure.TableDocuments;

/**
 * On first start (the seed programme does not exist yet), imports the city's table into it, so a fresh
 * platform shows its 22 measures. deploy/local points {@code reformhub.registry.seed-file} at the copy in
 * {@code deploy/seed}; a production deployment leaves it empty.
 */
@ApplicationScoped
public class SeedRegistry {

    private static final Logger LOG = Logger.getLogger(SeedRegistry.class);

    private final ImportTaskTable importTaskTable;
    private final ManageProgrammes programmes;
    private final Optional<String> seedFile;
    private final String seedProgramme;

    public SeedRegistry(ImportTaskTable importTaskTable, ManageProgrammes programmes,
                        @ConfigProperty(name = "reformhub.registry.seed-file") Optional<String> seedFile,
                        @ConfigProperty(name = "reformhub.registry.seed-programme") String seedProgramme) {
        this.importTaskTable = importTaskTable;
        this.programmes = programmes;
        this.seedFile = seedFile;
        this.seedProgramme = seedProgramme;
    }

    void onStart(@Observes StartupEvent start) {
        if (seedFile.isEmpty() || seedFile.get().isBlank()) {
            return;
        }
        Path file = Path.of(seedFile.get());
        if (!Files.isReadable(file)) {
            LOG.warnf("seed table %s not found: programme %s is not seeded", file, seedProgramme);
            return;
        }
        if (programmes.find(seedProgramme).isPresent()) {
            return;
        }
        try {
            var report = importTaskTable.execute(new ImportTaskTable.Target(seedProgramme, null, null, null, null),
                    TableDocuments.Format.TEXT, Files.readAllBytes(file), false, "system:seed");
            LOG.infof("seeded programme %s (%s) from %s: %d measures, %d warnings", seedProgramme, report.programmeTitle(),
                    file, report.created(), report.warnings().size());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "seeding programme %s from %s failed: it stays empty", seedProgramme, file);
        }
    }
}
