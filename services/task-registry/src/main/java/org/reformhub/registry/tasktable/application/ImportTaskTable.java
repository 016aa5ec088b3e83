package org.reformhub.registry.tasktable.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemException;
import org.reformhub.registry.department.domain.Department;
import org.reformhub.registry.department.domain.DepartmentEvent;
import org.reformhub.registry.department.domain.DepartmentKind;
import org.reformhub.registry.department.domain.UnitNames;
import org.reformhub.registry.department.infrastructure.DepartmentRepository;
import org.reformhub.registry.measure.application.MeasureJournal;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;
import org.reformhub.registry.tasktable.domain.ImportPlan;
import org.reformhub.registry.tasktable.domain.ParsedTable;
import org.reformhub.registry.tasktable.domain.TaskTableReader;
import org.reformhub.registry.tasktable.infrastructure.TableDocuments;

/**
 * Imports the official task-division table. A dry run returns the plan and writes nothing; the real run
 * carries it out in one transaction (all or nothing). Importing the same table twice changes nothing the
 * second time; an edited table changes only what differs, with history and events.
 */
@ApplicationScoped
public class ImportTaskTable {

    /** Imports run one at a time: two concurrent ones would plan against the same "before". */
    private static final long IMPORT_LOCK = 0x696d706f7274L;

    private final MeasureRepository measures;
    private final DepartmentRepository departments;
    private final MeasureJournal journal;
    private final Outbox outbox;
    private final EntityManager entityManager;

    public ImportTaskTable(MeasureRepository measures, DepartmentRepository departments, MeasureJournal journal,
                           Outbox outbox, EntityManager entityManager) {
        this.measures = measures;
        this.departments = departments;
        this.journal = journal;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    public record Report(boolean dryRun, long created, long updated, long unchanged, List<ImportPlan.PlannedMeasure> measures,
                         List<ImportPlan.NewDepartment> newDepartments, List<org.reformhub.registry.tasktable.domain.ImportWarning> warnings) {
    }

    @Transactional
    public Report execute(TableDocuments.Format format, byte[] document, boolean dryRun, String actor) {
        ParsedTable table;
        try {
            table = TaskTableReader.read(TableDocuments.read(format, document));
        } catch (TableDocuments.UnreadableDocument e) {
            throw unprocessable(e.getMessage(), List.of());
        }
        if (!table.usable()) {
            throw unprocessable("the table cannot be imported",
                    table.errors().stream().map(error -> new Problem.FieldError("table", error)).toList());
        }
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, IMPORT_LOCK).getSingleResult();
        Map<String, MeasureContent> existing = measures.listAll().stream()
                .collect(Collectors.toMap(Measure::code, Measure::content));
        ImportPlan.Plan plan = ImportPlan.plan(table, new UnitNames(departments.snapshots()), existing);
        if (!dryRun) {
            carryOut(plan, actor);
        }
        return new Report(dryRun, plan.count(ImportPlan.Action.CREATE), plan.count(ImportPlan.Action.UPDATE),
                plan.count(ImportPlan.Action.UNCHANGED), plan.measures(), plan.newDepartments(), plan.warnings());
    }

    private void carryOut(ImportPlan.Plan plan, String actor) {
        Instant now = Instant.now();
        for (ImportPlan.NewDepartment unknown : plan.newDepartments()) {
            Department department = new Department(unknown.code(), unknown.name(), DepartmentKind.MUNICIPAL_DEPARTMENT, true, now);
            departments.persist(department);
            outbox.append(new DepartmentEvent.DepartmentCreated(department.snapshot()));
        }
        for (ImportPlan.PlannedMeasure planned : plan.measures()) {
            switch (planned.action()) {
                case CREATE -> journal.create(planned.code(), planned.content(), actor, MeasureChange.Source.IMPORT);
                case UPDATE -> journal.change(measures.findById(planned.code()), planned.content(), actor,
                        MeasureChange.Source.IMPORT);
                case UNCHANGED -> { }
            }
        }
    }

    private static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return ProblemException.unprocessable("任务分工表无法导入", detail, errors);
    }
}
