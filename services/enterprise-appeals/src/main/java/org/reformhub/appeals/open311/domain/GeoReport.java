package org.reformhub.appeals.open311.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealStatus;
import org.reformhub.kernel.city.CityTime;

/**
 * How a case reads in Open311 GeoReport v2 (the civic-tech standard for service requests): only what is public —
 * case number, category, handling unit, district, dates, status — never the enterprise, its words or its contacts.
 */
public final class GeoReport {

    private static final Map<AppealStatus, String> NOTES = Map.of(AppealStatus.SUBMITTED, "已提交",
            AppealStatus.ACCEPTED, "已受理", AppealStatus.REJECTED, "不予受理", AppealStatus.ASSIGNED, "办理中",
            AppealStatus.SENT_BACK, "重新交办中", AppealStatus.ANSWERED, "已答复", AppealStatus.REOPENED, "整改中",
            AppealStatus.MERGED, "已并案办理", AppealStatus.CLOSED, "已办结");

    private GeoReport() {
    }

    /** GeoReport knows two states: a case is open until it is closed, rejected or merged. */
    public static String status(AppealStatus status) {
        return status.open() ? "open" : "closed";
    }

    public static String statusNotes(AppealStatus status) {
        return NOTES.get(status);
    }

    /** The end of the due day in city time, the moment an answer is expected by. */
    public static OffsetDateTime expected(LocalDate due) {
        return due.plusDays(1).atStartOfDay(CityTime.ZONE).minusSeconds(1).toOffsetDateTime();
    }

    public static OffsetDateTime cityTime(java.time.Instant at) {
        return at == null ? null : at.atZone(CityTime.ZONE).toOffsetDateTime();
    }
}
