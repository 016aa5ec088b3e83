package org.reformhub.appeals.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** 月报 to the city government: the month's figures, by unit and by category, and what is still unresolved. */
public record MonthlyReport(YearMonth month, java.time.LocalDate asOf, @Schema(nullable = true) String district, ChannelFigures total,
                            Map<String, ChannelFigures> byDistrict, Map<String, ChannelFigures> byUnit,
                            Map<String, ChannelFigures> byCategory, List<Unresolved> unresolved) {
}
