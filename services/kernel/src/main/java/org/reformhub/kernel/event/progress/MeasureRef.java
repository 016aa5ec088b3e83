package org.reformhub.kernel.event.progress;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.registry.PublishedMeasure;

import static org.reformhub.kernel.event.read.EventFields.object;
import static org.reformhub.kernel.event.read.EventFields.optionalText;
import static org.reformhub.kernel.event.read.EventFields.text;

/**
 * A measure as progress reporting's events name it ({@code data.measure}: programme, code, title and the responsible
 * units, with their names at the time). Programme and code are what every consumer needs; the title may be null.
 */
public record MeasureRef(String programme, String code, String title, List<PublishedMeasure.Unit> leadUnits,
                         List<PublishedMeasure.Unit> cooperatingUnits) {

    /** The measure's key across the platform, {@code programme/code}. */
    public String key() {
        return key(programme, code);
    }

    /** {@code programme/code}, a measure's key wherever an event names it by its two parts. */
    public static String key(String programme, String code) {
        return programme + "/" + code;
    }

    static MeasureRef of(JsonNode data) {
        JsonNode m = object(data, "measure");
        return new MeasureRef(text(m, "programme"), text(m, "code"), optionalText(m, "title"),
                PublishedMeasure.Unit.readAll(m.path("leadUnits")), PublishedMeasure.Unit.readAll(m.path("cooperatingUnits")));
    }
}
