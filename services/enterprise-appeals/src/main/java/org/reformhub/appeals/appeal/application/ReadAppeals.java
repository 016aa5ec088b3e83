package org.reformhub.appeals.appeal.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealActor;
import org.reformhub.appeals.appeal.domain.AppealRejection;
import org.reformhub.appeals.appeal.domain.AppealSearch;
import org.reformhub.appeals.appeal.infrastructure.AppealRepository;
import org.reformhub.appeals.district.domain.DistrictRejection;
import org.reformhub.kernel.city.CityTime;

/**
 * Who reads which case: an enterprise its own (by USCC), a unit those assigned to it, staff all. A case the
 * caller may not read is answered as not found, so case numbers cannot be probed.
 */
@ApplicationScoped
public class ReadAppeals {

    private final AppealRepository appeals;

    public ReadAppeals(AppealRepository appeals) {
        this.appeals = appeals;
    }

    @Transactional
    public Appeal get(Caller caller, String caseNumber) {
        Appeal appeal = visible(appeals.byCaseNumber(caseNumber), AppealWorkflow.actor(caller), caseNumber);
        appeal.history().size(); // loaded inside the transaction
        return appeal;
    }

    /**
     * The case if the actor may read it, else a refusal that tells nothing: to an enterprise or a unit the case does
     * not exist (404); a district office gets the same 403 for another district's case and for no case at all.
     */
    public static Appeal visible(java.util.Optional<Appeal> found, AppealActor actor, String caseNumber) {
        return found.filter(a -> a.access().readableBy(actor)).orElseThrow(() -> new RejectedException(actor.districtOffice()
                ? new DistrictRejection.OutsideDistrict() : new AppealRejection.UnknownAppeal(caseNumber)));
    }

    /** Every case filed in the months [from, to] (city time), for figures: the callers see aggregates only. */
    public List<Appeal> filedBetween(java.time.YearMonth from, java.time.YearMonth to) {
        return appeals.filedBetween(from.atDay(1).atStartOfDay(CityTime.ZONE).toInstant(),
                to.plusMonths(1).atDay(1).atStartOfDay(CityTime.ZONE).toInstant());
    }

    /** The cases a search finds among those the caller may read: an enterprise its own, a unit its own, staff all. */
    public Page<Appeal> search(Caller caller, AppealSearch search) {
        AppealActor actor = AppealWorkflow.actor(caller);
        if (actor.districtOffice()) {
            if (search.district() != null && !search.district().equals(actor.office())) {
                RejectedException.raise(new DistrictRejection.OutsideDistrict());
            }
            return appeals.search(search.inDistrict(actor.office()), null, null, CityTime.today());
        }
        if (actor.staff()) {
            return appeals.search(search, null, null, CityTime.today());
        }
        if (actor.uscc() == null && actor.dept() == null) {
            return new Page<>(List.of(), 0);
        }
        return appeals.search(search, actor.uscc(), actor.uscc() == null ? actor.dept() : null,
                CityTime.today());
    }

    /** Open cases a time limit runs for, of a district or (null) the whole city, for staff planning a session. */
    public List<Appeal> awaitingAnswer(String district, int limit) {
        return appeals.awaitingAnswer(district, limit);
    }

    /** One case for an office's work (sessions, reports): unknown cases, and another district's, are refused. */
    public Appeal forStaff(Caller caller, String caseNumber) {
        return visible(find(caseNumber), AppealWorkflow.actor(caller), caseNumber);
    }

    /** Cases tagged with a measure ({@code programme/code}), for its figures. */
    public List<Appeal> taggedWith(String measureRef, int limit) {
        return appeals.taggedWith(measureRef, limit);
    }

    /** The latest {@code limit} cases filed in [from, until), of a category and open or not if given, for open-data views. */
    public List<Appeal> filedBetween(java.time.Instant from, java.time.Instant until, String category, Boolean open, int limit) {
        return appeals.filedBetween(from, until, category, open, limit);
    }

    /** A case by its number, whoever asks (views that show only public fields). */
    public java.util.Optional<Appeal> find(String caseNumber) {
        return appeals.byCaseNumber(caseNumber);
    }
}
