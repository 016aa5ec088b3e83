package org.reformhub.registry.tasktable.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.registry.RegistryTexts;
import org.reformhub.registry.department.application.ManageDepartments;
import org.reformhub.registry.measure.application.MeasureJournal;
import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureId;
import org.reformhub.registry.programme.application.ManageProgrammes;
import org.reformhub.registry.programme.domain.ProgrammeDescription;
import org.reformhub.registry.programme.domain.ProgrammeSnapshot;
import org.reformhub.registry.tasktable.domain.ImportPlan;
import org.reformhub.registry.tasktable.domain.ImportRejection;
import org.reformhub.registry.tasktable.domain.ImportWarning;
import org.reformhub.registry.tasktable.domain.ParsedTable;
import org.reformhub.registry.tasktable.domain.TaskTableReader;
import org.reformhub.registry.tasktable.infrastructure.TableDocuments;

/**
 * Imports an official task-division table into one programme: an existing, open one, or a new one this
 * import creates (titled by the table's heading unless the caller names it). A dry run returns the plan
 * and writes nothing; the real run carries it out in one transaction (all or nothing). Importing the same
 * table twice changes nothing the second time; an edited table changes only what differs, with history
 * and events. Other programmes are never touched: codes are unique only within a programme.
 */
@ApplicationScoped
public class ImportTaskTable {

    /** Imports run one at a time: two concurrent ones would plan against the same "before". */
    private static final long IMPORT_LOCK = 0x696d706f7274L;

    private final ManageProgrammes programmes;
    private final MeasureJournal journal;
    private final ManageDepartments departments;
    private final EntityManager entityManager;

    public ImportTaskTable(ManageProgrammes programmes, MeasureJournal journal, ManageDepartments departments,
                           EntityManager entityManager) {
        this.programmes = programmes;
        this.journal = journal;
        this.departments = departments;
        this.entityManager = entityManager;
    }

    /** The programme an import goes into: given by code; described only when the import creates it. */
    public record Target(String code, String title, String issuingBody, String documentNumber, java.time.LocalDate issuedOn) {
    }

    public enum ProgrammeAction { CREATE, EXISTING }

    public record Report(boolean dryRun, String programme, String programmeTitle, ProgrammeAction programmeAction,
                         long created, long updated, long unchanged, List<ImportPlan.PlannedMeasure> measures,
                         List<ImportPlan.NewDepartment> newDepartments, List<ImportWarning> warnings) {
    }

    @Transactional
    public Report execute(Target target, TableDocuments.Format format, byte[] document, boolean dryRun, String actor) {
        ParsedTable table;
        try {
            table = TaskTableReader.read(TableDocuments.read(format, document));
        } catch (TableDocuments.UnreadableDocument e) {
            throw new RejectedException(e.rejection());
        }
        if (!table.usable()) {
            throw new RejectedException(new ImportRejection.UnreadableTable(RegistryTexts.text("import.unusable"), table.errors()));
        }
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, IMPORT_LOCK).getSingleResult();

        Optional<ProgrammeSnapshot> existing = programmes.find(target.code());
        ProgrammeDescription description;
        if (existing.isPresent()) {
            programmes.requireOpen(target.code());
            description = existing.get().description();
        } else {
            String title = target.title() != null ? target.title() : table.heading()
                    .orElseThrow(() -> new RejectedException(new ImportRejection.ProgrammeNeedsTitle(target.code())));
            description = new ProgrammeDescription(title, target.issuingBody(), target.documentNumber(), target.issuedOn());
        }
        MeasureJournal.ProgrammeMeasures before = existing.isPresent()
                ? journal.measuresOf(target.code()) : MeasureJournal.ProgrammeMeasures.NONE;
        ImportPlan.Plan plan = ImportPlan.plan(table, departments.unitNames(), before.inForce(), before.archived());
        if (!dryRun) {
            if (existing.isEmpty()) {
                programmes.create(target.code(), description);
            }
            carryOut(target.code(), plan, actor);
        }
        return new Report(dryRun, target.code(), description.title(),
                existing.isPresent() ? ProgrammeAction.EXISTING : ProgrammeAction.CREATE,
                plan.count(ImportPlan.Action.CREATE), plan.count(ImportPlan.Action.UPDATE),
                plan.count(ImportPlan.Action.UNCHANGED), plan.measures(), plan.newDepartments(), plan.warnings());
    }

    private void carryOut(String programme, ImportPlan.Plan plan, String actor) {
        for (ImportPlan.NewDepartment unknown : plan.newDepartments()) {
            departments.registerForReview(unknown.code(), unknown.name());
        }
        for (ImportPlan.PlannedMeasure planned : plan.measures()) {
            MeasureId id = MeasureId.of(programme, planned.code());
            switch (planned.action()) {
                case CREATE -> journal.create(id, planned.content(), actor, MeasureChange.Source.IMPORT);
                case UPDATE -> journal.change(id, planned.content(), actor, MeasureChange.Source.IMPORT);
                case UNCHANGED, ARCHIVED -> { }
            }
        }
    }
}
