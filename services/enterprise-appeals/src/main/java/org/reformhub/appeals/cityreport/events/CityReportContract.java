package org.reformhub.appeals.cityreport.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reformhub.kernel.event.OutgoingEvent;
import org.reformhub.appeals.assessment.domain.ChannelFigures;
import org.reformhub.appeals.cityreport.domain.CityReport;

/**
 * {@code reform.appeals.report.published.v1} (docs/events/schemas): a monthly or special report went to the
 * city government. Key: the report id. A monthly report carries its month's figures.
 */
public final class CityReportContract {

    public static final String PUBLISHED = "reform.appeals.report.published.v1";

    public record ReportV1(UUID id, String kind, String month, String title, List<String> caseNumbers, ChannelFigures figures,
                           String publishedBy, Instant publishedAt) {
    }

    public record Body(ReportV1 report) {
    }

    private CityReportContract() {
    }

    public static OutgoingEvent published(CityReport r, ChannelFigures figures) {
        return new OutgoingEvent(PUBLISHED, r.id().toString(), new Body(new ReportV1(r.id(), r.kind().name(), r.month(),
                r.title(), r.caseNumbers(), figures, r.publishedBy(), r.publishedAt())));
    }
}
