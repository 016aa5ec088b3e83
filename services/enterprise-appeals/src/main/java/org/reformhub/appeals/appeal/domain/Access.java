package org.reformhub.appeals.appeal.domain;

import java.util.Optional;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * Who may act on a case: the enterprise that filed it, its handling units (the lead unit answers), the city office on
 * every case, a district's office on its own district's cases unless the city took them up (提级).
 */
public final class Access {

    private final Appeal appeal;

    Access(Appeal appeal) {
        this.appeal = appeal;
    }

    /** Files are added by the enterprise, its handling units or staff while the case is open. */
    public Optional<AppealRejection> mayAttach(AppealActor actor) {
        if (!appeal.status.open()) {
            return Optional.of(new AppealRejection.WrongStatus(appeal.status, "add-files"));
        }
        return readableBy(actor) ? Optional.empty()
                : Optional.of(new AppealRejection.NotAllowed(text("appeal.who-adds-files")));
    }

    /** Who may read the case: the enterprise that filed it, its handling units, the city office, its district's office. */
    public boolean readableBy(AppealActor actor) {
        if (actor.districtOffice()) {
            return actor.office().equals(appeal.district);
        }
        return actor.staff() || appeal.uscc.equals(actor.uscc()) || handledBy(actor.dept());
    }

    public boolean handledBy(String dept) {
        return dept != null && (dept.equals(appeal.leadUnit) || appeal.cooperatingUnits.contains(dept));
    }

    /**
     * The office that may run the case: the city's always; a district's for its own district's cases that the city
     * has not taken up.
     */
    Optional<AppealRejection> officeInCharge(AppealActor staff, String notStaffKey) {
        if (!staff.staff()) {
            return Optional.of(new AppealRejection.NotAllowed(text(notStaffKey)));
        }
        if (staff.districtOffice() && !staff.office().equals(appeal.district)) {
            return Optional.of(new AppealRejection.NotAllowed(text("district.outside")));
        }
        if (staff.districtOffice() && appeal.cityHandles) {
            return Optional.of(new AppealRejection.NotAllowed(text("district.taken-up", appeal.caseNumber)));
        }
        return Optional.empty();
    }

    Optional<AppealRejection> leadUnitOnly(AppealActor unit) {
        return unit.dept() != null && unit.dept().equals(appeal.leadUnit) ? Optional.empty()
                : Optional.of(new AppealRejection.NotAllowed(text("appeal.only-lead-unit", appeal.leadUnit)));
    }
}
