package org.reformhub.registry.programme.domain;

import java.time.LocalDate;

/**
 * What identifies a task-division table to a reader: its title (the table's heading), who issued it,
 * its document number (文号) and date where known.
 */
public record ProgrammeDescription(String title, String issuingBody, String documentNumber, LocalDate issuedOn) {

    public ProgrammeDescription {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a programme needs a title");
        }
        title = title.strip();
    }

    /** This description with every field {@code change} sets; null fields keep their value. */
    public ProgrammeDescription merge(String newTitle, String newIssuingBody, String newDocumentNumber, LocalDate newIssuedOn) {
        return new ProgrammeDescription(newTitle != null ? newTitle : title,
                newIssuingBody != null ? newIssuingBody : issuingBody,
                newDocumentNumber != null ? newDocumentNumber : documentNumber,
                newIssuedOn != null ? newIssuedOn : issuedOn);
    }
}
