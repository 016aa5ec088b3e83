package org.reformhub.registry.department.events;

import java.util.List;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.registry.department.domain.DepartmentEvent;
import org.reformhub.registry.department.domain.DepartmentSnapshot;

/**
 * The published contract of department events on {@code reform.registry} (docs/events/schemas). Key:
 * {@code department:<code>}, so it never collides with a measure's key on the same topic.
 */
public final class DepartmentContract {

    public static final String CREATED = "reform.registry.department.created.v1";
    public static final String UPDATED = "reform.registry.department.updated.v1";
    public static final String MERGED = "reform.registry.department.merged.v1";

    public record DepartmentV1(String code, String name, List<String> aliases, String kind, String email, String phone,
                               boolean needsReview, String mergedInto, long version) {
    }

    public record Body(DepartmentV1 department, List<String> changedFields, String mergedInto) {
    }

    private DepartmentContract() {
    }

    public static OutgoingEvent of(DepartmentEvent event) {
        DepartmentV1 department = department(event.department());
        String key = "department:" + event.department().code();
        if (event instanceof DepartmentEvent.DepartmentUpdated updated) {
            return new OutgoingEvent(UPDATED, key, new Body(department, updated.changedFields(), null));
        }
        if (event instanceof DepartmentEvent.DepartmentsMerged merged) {
            return new OutgoingEvent(MERGED, key, new Body(department, List.of("mergedInto"), merged.survivor().code()));
        }
        return new OutgoingEvent(CREATED, key, new Body(department, List.of(), null));
    }

    static DepartmentV1 department(DepartmentSnapshot d) {
        return new DepartmentV1(d.code(), d.name(), d.aliases(), d.kind().name(), d.email(), d.phone(), d.needsReview(),
                d.mergedInto(), d.version());
    }
}
