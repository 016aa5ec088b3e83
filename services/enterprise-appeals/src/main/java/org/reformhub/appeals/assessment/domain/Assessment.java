package org.reformhub.appeals.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The units' assessment over the cases of a district ({@code district}, a district office's view) or of the whole
 * city (null), with the city's districts side by side.
 */
public record Assessment(YearMonth from, YearMonth to, @Schema(nullable = true) String district, UnitAssessment.Weights weights,
                         List<UnitAssessment> units, Map<String, ChannelFigures> byDistrict) {
}
