package org.reformhub.progress.measure.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Tables programme_change and measure_change (V6): plain SQL, a counter and a note per measure. */
@ApplicationScoped
public class MeasureChangeRepository {

    private final EntityManager entityManager;

    public MeasureChangeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The programme's next change number; its row stays locked until this transaction ends. */
    public long bump(String programme) {
        return ((Number) entityManager.createNativeQuery("insert into programme_change (programme, seq) values (:p, 1)"
                        + " on conflict (programme) do update set seq = programme_change.seq + 1 returning seq")
                .setParameter("p", programme).getSingleResult()).longValue();
    }

    public void note(String programme, String code, long seq) {
        entityManager.createNativeQuery("insert into measure_change (programme, code, seq) values (:p, :c, :s)"
                        + " on conflict (programme, code) do update set seq = excluded.seq")
                .setParameter("p", programme).setParameter("c", code).setParameter("s", seq).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public long current(String programme) {
        List<Number> seq = entityManager.createNativeQuery("select seq from programme_change where programme = :p")
                .setParameter("p", programme).getResultList();
        return seq.isEmpty() ? 0 : seq.get(0).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<String> since(String programme, long seq) {
        return entityManager.createNativeQuery("select code from measure_change where programme = :p and seq > :s")
                .setParameter("p", programme).setParameter("s", seq).getResultList();
    }
}
