package org.reformhub.appeals.cityreport.domain;

import java.util.UUID;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.appeals.AppealTexts.text;

/** Why a request about a report to the city government was refused. */
public sealed interface CityReportRejection extends Rejection {

    record UnknownReport(UUID id) implements CityReportRejection {
        public String detail() {
            return text("city-report.unknown", id);
        }
    }

    record NothingToReport(String why) implements CityReportRejection {
        public String detail() {
            return why;
        }
    }
}
