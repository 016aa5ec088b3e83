package org.reformhub.appeals.appeal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * 受理与交办: the office accepts or rejects a filed case and assigns it to handling units; the lead unit may send it
 * back; the city office hands a case to a district's office or takes it up (提级办理).
 */
public final class Routing {

    private final Appeal appeal;

    Routing(Appeal appeal) {
        this.appeal = appeal;
    }

    public Optional<AppealRejection> accept(AppealActor staff, Instant now) {
        Optional<AppealRejection> refused = officeStep(staff, "accept", now, AppealStatus.ACCEPTED,
                AppealStep.Action.ACCEPTED, null, AppealStatus.SUBMITTED);
        if (refused.isEmpty()) {
            appeal.acceptedAt = now;
        }
        return refused;
    }

    public Optional<AppealRejection> reject(AppealActor staff, String reason, Instant now) {
        Optional<AppealRejection> refused = officeStep(staff, "reject", now, AppealStatus.REJECTED,
                AppealStep.Action.REJECTED, reason, AppealStatus.SUBMITTED);
        if (refused.isEmpty()) {
            appeal.closedAt = now;
        }
        return refused;
    }

    /** 交办: the first unit named leads (首接负责); the others cooperate. */
    public Optional<AppealRejection> assign(AppealActor staff, String lead, List<String> cooperating, Instant now) {
        Optional<AppealRejection> refused = officeStep(staff, "assign", now, AppealStatus.ASSIGNED,
                AppealStep.Action.ASSIGNED, lead + (cooperating.isEmpty() ? "" : " + " + String.join(",", cooperating)),
                AppealStatus.ACCEPTED, AppealStatus.SENT_BACK);
        if (refused.isEmpty()) {
            appeal.leadUnit = lead;
            appeal.cooperatingUnits = cooperating.stream().filter(u -> !u.equals(lead)).distinct().toList();
            appeal.assignedAt = now;
        }
        return refused;
    }

    /** The lead unit sends the case back (not its remit, wrong unit) for the supervision office to reassign. */
    public Optional<AppealRejection> sendBack(AppealActor unit, String reason, Instant now) {
        Optional<AppealRejection> refused = appeal.access().leadUnitOnly(unit)
                .or(() -> appeal.statusIn("send-back", AppealStatus.ASSIGNED));
        if (refused.isPresent()) {
            return refused;
        }
        appeal.step(AppealStatus.SENT_BACK, AppealStep.Action.SENT_BACK, unit, now, reason);
        appeal.leadUnit = null;
        appeal.cooperatingUnits = List.of();
        return Optional.empty();
    }

    /** The city office hands the case to a district's office (交县区办理), correcting its district if need be. */
    public Optional<AppealRejection> handToDistrict(AppealActor staff, String districtCode, String districtName,
                                                    String reason, Instant now) {
        Optional<AppealRejection> refused = levelChange(staff, "hand-to-district");
        if (refused.isPresent()) {
            return refused;
        }
        appeal.district = districtCode;
        appeal.cityHandles = false;
        appeal.step(appeal.status, AppealStep.Action.LEVEL_CHANGED, staff, now,
                text("district.handed", districtName) + (reason == null ? "" : "：" + reason));
        return Optional.empty();
    }

    /** 提级办理: the city office takes the case up; the district's office follows it but no longer handles it. */
    public Optional<AppealRejection> takeUp(AppealActor staff, String reason, Instant now) {
        Optional<AppealRejection> refused = levelChange(staff, "take-up");
        if (refused.isPresent()) {
            return refused;
        }
        appeal.cityHandles = true;
        appeal.step(appeal.status, AppealStep.Action.LEVEL_CHANGED, staff, now,
                text("district.taken-up-note") + (reason == null ? "" : "：" + reason));
        return Optional.empty();
    }

    private Optional<AppealRejection> levelChange(AppealActor staff, String what) {
        if (!staff.cityOffice()) {
            return Optional.of(new AppealRejection.NotAllowed(text("district.city-only")));
        }
        return appeal.status.open() ? Optional.empty() : Optional.of(new AppealRejection.WrongStatus(appeal.status, what));
    }

    private Optional<AppealRejection> officeStep(AppealActor staff, String what, Instant now, AppealStatus to,
                                                 AppealStep.Action action, String note, AppealStatus... from) {
        Optional<AppealRejection> refused = appeal.access().officeInCharge(staff, "appeal.only-office")
                .or(() -> appeal.statusIn(what, from));
        if (refused.isEmpty()) {
            appeal.step(to, action, staff, now, note);
        }
        return refused;
    }
}
