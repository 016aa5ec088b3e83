package org.reformhub.registry.department.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.registry.department.domain.Department;
import org.reformhub.registry.department.domain.DepartmentEvent;
import org.reformhub.registry.department.domain.DepartmentKind;
import org.reformhub.registry.department.domain.DepartmentRejection;
import org.reformhub.registry.department.domain.DepartmentSnapshot;
import org.reformhub.registry.department.domain.UnitNames;
import org.reformhub.registry.department.events.DepartmentContract;
import org.reformhub.registry.department.infrastructure.DepartmentRepository;
import org.reformhub.registry.department.domain.UnitMerged;
import org.reformhub.registry.department.domain.ResponsibleUnit;

/**
 * The catalogue's use cases: register, describe, merge two entries that are one department; and the
 * ports an import uses (the names it knows, registering an unknown unit for review).
 */
@ApplicationScoped
public class ManageDepartments {

    public record Description(String name, List<String> aliases, DepartmentKind kind, String email, String phone,
                              Boolean reviewed) {
    }

    private final DepartmentRepository departments;
    private final Event<UnitMerged> merged;
    private final Outbox outbox;

    public ManageDepartments(DepartmentRepository departments, Event<UnitMerged> merged, Outbox outbox) {
        this.departments = departments;
        this.merged = merged;
        this.outbox = outbox;
    }

    @Transactional
    public DepartmentSnapshot create(String code, Description description) {
        if (departments.findByIdOptional(code).isPresent()) {
            RejectedException.raise(new DepartmentRejection.DepartmentCodeTaken(code));
        }
        requireUniqueName(description.name(), code);
        Department department = new Department(code, description.name().strip(), description.kind(), false, Instant.now());
        department.describe(description.kind(), description.email(), description.phone());
        department.setAliases(description.aliases() == null ? List.of() : description.aliases());
        departments.persistAndFlush(department);
        outbox.append(DepartmentContract.of(new DepartmentEvent.DepartmentCreated(department.snapshot())));
        return department.snapshot();
    }

    /** For an import: a unit nobody catalogued becomes a department a supervisor should confirm or merge. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DepartmentSnapshot registerForReview(String code, String name) {
        Department department = new Department(code, name, DepartmentKind.MUNICIPAL_DEPARTMENT, true, Instant.now());
        departments.persistAndFlush(department);
        outbox.append(DepartmentContract.of(new DepartmentEvent.DepartmentCreated(department.snapshot())));
        return department.snapshot();
    }

    /** The catalogue's names and aliases, for matching the units a table names. */
    @Transactional
    public UnitNames unitNames() {
        return new UnitNames(departments.snapshots());
    }

    @Transactional
    public DepartmentSnapshot describe(String code, Description change) {
        Department department = find(code);
        DepartmentSnapshot before = department.snapshot();
        if (change.name() != null && !change.name().strip().equals(before.name())) {
            requireUniqueName(change.name(), code);
            department.rename(change.name().strip());
        }
        department.describe(change.kind() != null ? change.kind() : before.kind(),
                change.email() != null ? change.email() : before.email(), change.phone() != null ? change.phone() : before.phone());
        if (change.aliases() != null) {
            department.setAliases(change.aliases());
        }
        if (Boolean.TRUE.equals(change.reviewed())) {
            department.reviewed();
        }
        departments.flush();
        DepartmentSnapshot after = department.snapshot();
        List<String> changed = changedFields(before, after);
        if (!changed.isEmpty()) {
            outbox.append(DepartmentContract.of(new DepartmentEvent.DepartmentUpdated(after, changed)));
        }
        return after;
    }

    /**
     * Folds {@code duplicateCode} into {@code survivorCode}: its names become aliases, and whatever names the
     * duplicate moves over ({@link UnitMerged}: the measure register observes it in this transaction).
     */
    @Transactional
    public DepartmentSnapshot merge(String survivorCode, String duplicateCode, String actor) {
        Department survivor = find(survivorCode);
        Department duplicate = find(duplicateCode);
        RejectedException.raiseIfAny(duplicate.mergeInto(survivor));
        departments.flush();
        merged.fire(new UnitMerged(duplicateCode, new ResponsibleUnit(survivor.code(), survivor.name()), actor));
        outbox.append(DepartmentContract.of(new DepartmentEvent.DepartmentsMerged(duplicate.snapshot(), survivor.snapshot())));
        outbox.append(DepartmentContract.of(new DepartmentEvent.DepartmentUpdated(survivor.snapshot(), List.of("aliases"))));
        return survivor.snapshot();
    }

    private Department find(String code) {
        return departments.findByIdOptional(code)
                .orElseThrow(() -> new RejectedException(new DepartmentRejection.UnknownDepartment(code)));
    }

    private void requireUniqueName(String name, String ownCode) {
        departments.find("name", name.strip()).firstResultOptional()
                .filter(other -> !other.code().equals(ownCode))
                .ifPresent(other -> RejectedException.raise(new DepartmentRejection.DepartmentNameTaken(name, other.code())));
    }

    private static List<String> changedFields(DepartmentSnapshot a, DepartmentSnapshot b) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(a.name(), b.name())) fields.add("name");
        if (!Objects.equals(a.aliases(), b.aliases())) fields.add("aliases");
        if (!Objects.equals(a.kind(), b.kind())) fields.add("kind");
        if (!Objects.equals(a.email(), b.email())) fields.add("email");
        if (!Objects.equals(a.phone(), b.phone())) fields.add("phone");
        if (a.needsReview() != b.needsReview()) fields.add("needsReview");
        return fields;
    }
}
