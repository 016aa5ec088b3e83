package org.reformhub.registry.measure.api;

import jakarta.ws.rs.core.EntityTag;

import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.registry.measure.domain.MeasureSnapshot;

import static org.reformhub.registry.RegistryTexts.text;

/** A measure's version on the wire: its {@code ETag}, and the {@code If-Match} every change must carry. */
final class MeasureVersions {

    static final String IF_MATCH = "必填：读取时 ETag 给出的版本号；他人已修改则答 412，缺少则答 428"
            + " / required: the ETag read before; 412 when someone changed it since, 428 when missing";

    private MeasureVersions() {
    }

    static EntityTag etag(MeasureSnapshot measure) {
        return new EntityTag(Long.toString(measure.version()));
    }

    /** The version the caller read ({@code If-Match}): required, as a measure is edited by several people. */
    static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, text("etag.required"));
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, text("etag.stale"));
        }
    }
}
