package org.reformhub.progress.measure.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.progress.measure.infrastructure.MeasureChangeRepository;

/**
 * The change log that keeps computed views honest: every transaction that changes what a measure's dashboard
 * row shows (the read model, its official status, its reports, its obligations) notes the measure here, in
 * commit order. A view remembers the number it read and asks which measures changed since.
 */
@ApplicationScoped
public class MeasureChanges {

    /** Noted when every measure of the programme may have changed (the daily scan). */
    public static final String ALL = "*";

    private final MeasureChangeRepository changes;

    public MeasureChanges(MeasureChangeRepository changes) {
        this.changes = changes;
    }

    /** Call last in the transaction: the programme's counter row stays locked until it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touched(String programme, String code) {
        changes.note(programme, code, changes.bump(programme));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void touchedAll(String programme) {
        touched(programme, ALL);
    }

    public long current(String programme) {
        return changes.current(programme);
    }

    /** The codes noted after {@code seq} ({@link #ALL} among them when everything may have changed). */
    public List<String> since(String programme, long seq) {
        return changes.since(programme, seq);
    }
}
