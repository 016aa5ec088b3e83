package org.reformhub.notifications.contact.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.reformhub.notifications.contact.domain.CaseContact;

/** case_contact and contact_opt_out in plain SQL. */
@ApplicationScoped
public class CaseContactRepository {

    private static final String COLUMNS = "case_number, uscc, enterprise_name, contact_person, phone, email, unsubscribe_token";

    private final EntityManager em;

    public CaseContactRepository(EntityManager em) {
        this.em = em;
    }

    /** The case's contact as first recorded: a redelivered event changes nothing (and keeps the link's token). */
    public void recordIfAbsent(CaseContact c, Instant recordedAt) {
        em.createNativeQuery("insert into case_contact (" + COLUMNS + ", recorded_at) values (:c, :uscc, :name, :person,"
                        + " :phone, :email, :token, :at) on conflict (case_number) do nothing")
                .setParameter("c", c.caseNumber()).setParameter("uscc", c.uscc()).setParameter("name", c.enterpriseName())
                .setParameter("person", c.contactPerson()).setParameter("phone", c.phone())
                .setParameter("email", c.email().orElse(null)).setParameter("token", c.unsubscribeToken())
                .setParameter("at", Timestamp.from(recordedAt)).executeUpdate();
    }

    public Optional<CaseContact> ofCase(String caseNumber) {
        return one("case_number", caseNumber);
    }

    public Optional<CaseContact> byToken(String token) {
        return one("unsubscribe_token", token);
    }

    @SuppressWarnings("unchecked")
    private Optional<CaseContact> one(String column, String value) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from case_contact where " + column + " = :v")
                .setParameter("v", value).getResultList();
        return rows.stream().findFirst().map(r -> new CaseContact((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], Optional.ofNullable((String) r[5]), (String) r[6]));
    }

    /** Which of these addresses unsubscribed. */
    @SuppressWarnings("unchecked")
    public Set<String> optedOut(List<String> addresses) {
        if (addresses.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNativeQuery("select address from contact_opt_out where address in (:a)")
                .setParameter("a", addresses).getResultList());
    }

    public void optOut(List<String> addresses, Instant at) {
        for (String address : addresses) {
            em.createNativeQuery("insert into contact_opt_out (address, opted_out_at) values (:a, :at)"
                    + " on conflict (address) do nothing").setParameter("a", address).setParameter("at", Timestamp.from(at))
                    .executeUpdate();
        }
    }

    public void optIn(List<String> addresses) {
        if (!addresses.isEmpty()) {
            em.createNativeQuery("delete from contact_opt_out where address in (:a)").setParameter("a", addresses).executeUpdate();
        }
    }
}
