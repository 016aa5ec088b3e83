package org.reformhub.registry.department.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.kernel.problem.ProblemException;
import org.reformhub.registry.department.domain.Department;
import org.reformhub.registry.department.domain.DepartmentEvent;
import org.reformhub.registry.department.domain.DepartmentKind;
import org.reformhub.registry.department.domain.DepartmentSnapshot;
import org.reformhub.registry.department.infrastructure.DepartmentRepository;
import org.reformhub.registry.measure.application.MeasureJournal;
import org.reformhub.registry.measure.domain.Measure;
import org.reformhub.registry.measure.domain.MeasureChange;
import org.reformhub.registry.measure.domain.MeasureContent;
import org.reformhub.registry.measure.domain.ResponsibleUnit;
import org.reformhub.registry.measure.infrastructure.MeasureRepository;

/** The catalogue's use cases: register, describe, merge two entries that are one department. */
@ApplicationScoped
public class ManageDepartments {

    public record Description(String name, List<String> aliases, DepartmentKind kind, String email, String phone,
                              Boolean reviewed) {
    }

    private final DepartmentRepository departments;
    private final MeasureRepository measures;
    private final MeasureJournal journal;
    private final Outbox outbox;

    public ManageDepartments(DepartmentRepository departments, MeasureRepository measures, MeasureJournal journal,
                             Outbox outbox) {
        this.departments = departments;
        this.measures = measures;
        this.journal = journal;
        this.outbox = outbox;
    }

    @Transactional
    public DepartmentSnapshot create(String code, Description description) {
        if (departments.findByIdOptional(code).isPresent()) {
            throw ProblemException.domain(409, "department-exists", "单位编码已存在", "department " + code + " already exists");
        }
        requireUniqueName(description.name(), code);
        Department department = new Department(code, description.name().strip(), description.kind(), false, Instant.now());
        department.describe(description.kind(), description.email(), description.phone());
        department.setAliases(description.aliases() == null ? List.of() : description.aliases());
        departments.persistAndFlush(department);
        outbox.append(new DepartmentEvent.DepartmentCreated(department.snapshot()));
        return department.snapshot();
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
            outbox.append(new DepartmentEvent.DepartmentUpdated(after, changed));
        }
        return after;
    }

    /** Folds {@code duplicateCode} into {@code survivorCode}: its names become aliases, its measures move over. */
    @Transactional
    public DepartmentSnapshot merge(String survivorCode, String duplicateCode, String actor) {
        Department survivor = find(survivorCode);
        Department duplicate = find(duplicateCode);
        if (survivor.isMerged() || duplicate.isMerged()) {
            throw ProblemException.domain(409, "department-merged", "单位已被合并", "a merged department cannot take part in a merge");
        }
        if (survivorCode.equals(duplicateCode)) {
            throw ProblemException.domain(409, "department-merge-self", "不能与自身合并", "choose two different departments");
        }
        duplicate.mergeInto(survivor);
        departments.flush();
        ResponsibleUnit replacement = new ResponsibleUnit(survivor.code(), survivor.name());
        for (Measure measure : measures.listAll()) {
            MeasureContent content = measure.content();
            if (!content.departmentCodes().contains(duplicateCode)) {
                continue;
            }
            List<ResponsibleUnit> lead = replace(content.leadUnits(), duplicateCode, replacement);
            List<ResponsibleUnit> cooperating = replace(content.cooperatingUnits(), duplicateCode, replacement);
            cooperating.removeAll(lead);
            journal.change(measure, new MeasureContent(content.list(), content.domain(), content.title(), content.practice(),
                    content.originPlaces(), lead, cooperating, content.workItems(), content.deadline(), content.deadlineText(),
                    content.remark(), content.statedStatus(), content.kpis()), actor, MeasureChange.Source.API);
        }
        outbox.append(new DepartmentEvent.DepartmentsMerged(duplicate.snapshot(), survivor.snapshot()));
        outbox.append(new DepartmentEvent.DepartmentUpdated(survivor.snapshot(), List.of("aliases")));
        return survivor.snapshot();
    }

    private Department find(String code) {
        return departments.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("单位 " + code + " 不存在"));
    }

    private void requireUniqueName(String name, String ownCode) {
        departments.find("name", name.strip()).firstResultOptional()
                .filter(other -> !other.code().equals(ownCode))
                .ifPresent(other -> {
                    throw ProblemException.domain(409, "department-name-taken", "单位名称已被使用",
                            name + " is the name of " + other.code());
                });
    }

    private static List<ResponsibleUnit> replace(List<ResponsibleUnit> units, String code, ResponsibleUnit replacement) {
        List<ResponsibleUnit> result = new ArrayList<>();
        for (ResponsibleUnit unit : units) {
            ResponsibleUnit next = unit.code().equals(code) ? replacement : unit;
            if (!result.contains(next)) {
                result.add(next);
            }
        }
        return result;
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
