package org.reformhub.appeals.assessment.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.reformhub.appeals.appeal.application.ReadAppeals;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.assessment.domain.CaseFacts;
import org.reformhub.appeals.assessment.domain.ChannelFigures;
import org.reformhub.appeals.assessment.domain.UnitAssessment;
import org.reformhub.appeals.calendar.application.ManageCalendar;
import org.reformhub.appeals.calendar.domain.WorkingCalendar;
import org.reformhub.appeals.category.application.CategoryCatalogue;
import org.reformhub.appeals.district.application.Districts;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.appeals.assessment.domain.FiguresRejection;
import org.reformhub.appeals.assessment.domain.Assessment;
import org.reformhub.appeals.assessment.domain.Unresolved;
import org.reformhub.appeals.assessment.domain.MonthlyReport;
import org.reformhub.kernel.city.CityTime;


/** The channel's public statistics and the handling units' assessment, over the cases filed in a range of months. */
@ApplicationScoped
public class AppealFigures {

    /** The channel's figures, in total, by category (by name) and by month. */
    public record Statistics(YearMonth from, YearMonth to, ChannelFigures total, Map<String, ChannelFigures> byCategory,
                             Map<String, ChannelFigures> byMonth) {
    }

    /** A measure's effect as the enterprises see it: the appeals tagged with it and how they went. */
    public record MeasureFigures(String programme, String code, ChannelFigures figures, List<TaggedCase> cases) {
    }

    public record TaggedCase(String caseNumber, String title, String category, String status, @Schema(nullable = true) String leadUnit,
                             java.time.Instant filedAt, @Schema(nullable = true) String outcome, @Schema(nullable = true) String rating) {
    }

    private static final int MAX_MONTHS = 36;
    private static final int MAX_TAGGED = 2_000;

    private final ReadAppeals appeals;
    private final ManageCalendar calendar;
    private final CategoryCatalogue categories;
    private final UnitAssessment.Weights weights;
    private final Districts districts;

    public AppealFigures(ReadAppeals appeals, ManageCalendar calendar, CategoryCatalogue categories, Districts districts,
                         @ConfigProperty(name = "reformhub.appeals.assessment.weight.response") double response,
                         @ConfigProperty(name = "reformhub.appeals.assessment.weight.on-time") double onTime,
                         @ConfigProperty(name = "reformhub.appeals.assessment.weight.resolution") double resolution,
                         @ConfigProperty(name = "reformhub.appeals.assessment.weight.satisfaction") double satisfaction) {
        this.appeals = appeals;
        this.calendar = calendar;
        this.categories = categories;
        this.districts = districts;
        this.weights = new UnitAssessment.Weights(response, onTime, resolution, satisfaction);
    }

    @Transactional
    public Statistics statistics(YearMonth from, YearMonth to) {
        return statistics(from, to, facts(from, to), categories.names());
    }

    /**
     * The same figures for the public (the portal's widgets): computed at most every few seconds per period
     * (cache {@code public-appeal-stats} in application.properties), however many visitors ask.
     */
    @Transactional
    @io.quarkus.cache.CacheResult(cacheName = "public-appeal-stats")
    public Statistics publicStatistics(YearMonth from, YearMonth to) {
        return statistics(from, to);
    }

    private static Statistics statistics(YearMonth from, YearMonth to, List<CaseFacts> cases, Map<String, String> names) {
        Map<String, ChannelFigures> byCategory = new LinkedHashMap<>();
        cases.stream().collect(Collectors.groupingBy(CaseFacts::category, TreeMap::new, Collectors.toList()))
                .forEach((code, list) -> byCategory.put(names.getOrDefault(code, code), ChannelFigures.of(list)));
        Map<String, ChannelFigures> byMonth = new LinkedHashMap<>();
        cases.stream().collect(Collectors.groupingBy(CaseFacts::month, TreeMap::new, Collectors.toList()))
                .forEach((month, list) -> byMonth.put(month, ChannelFigures.of(list)));
        return new Statistics(from, to, ChannelFigures.of(cases), byCategory, byMonth);
    }

    /** The month's report for the whole city (district null) or one district, with the districts side by side. */
    @Transactional
    public MonthlyReport monthlyReport(YearMonth month, String district) {
        List<CaseFacts> all = facts(month, month);
        List<CaseFacts> cases = inDistrict(all, district);
        Map<String, String> names = categories.names();
        Statistics statistics = statistics(month, month, cases, names);
        Map<String, ChannelFigures> byUnit = new LinkedHashMap<>();
        cases.stream().filter(c -> c.leadUnit() != null)
                .collect(Collectors.groupingBy(CaseFacts::leadUnit, TreeMap::new, Collectors.toList()))
                .forEach((unit, list) -> byUnit.put(unit, ChannelFigures.of(list)));
        java.time.LocalDate today = CityTime.today();
        List<Unresolved> unresolved = appeals.filedBetween(month.minusMonths(MAX_MONTHS), month).stream()
                .filter(a -> district == null || district.equals(a.district()))
                .filter(a -> a.awaitsAnswer() || a.outcome() == org.reformhub.appeals.appeal.domain.Outcome.CANNOT_RESOLVE_NOW
                        && a.status() != org.reformhub.appeals.appeal.domain.AppealStatus.CLOSED)
                .map(a -> new Unresolved(a.caseNumber(), a.enterpriseName(), a.title(), names.getOrDefault(a.category(), a.category()),
                        a.leadUnit(), a.status().name(), a.dueDate(), a.awaitsAnswer() && today.isAfter(a.dueDate()),
                        a.supervised(), a.committedDate()))
                .toList();
        return new MonthlyReport(month, today, district, statistics.total(), byDistrict(all, district),
                byUnit, statistics.byCategory(), unresolved);
    }

    /** The monthly report as the Word document sent to the city government. */
    public byte[] document(MonthlyReport report) {
        return org.reformhub.appeals.assessment.infrastructure.MonthlyReportDocument.docx(report);
    }

    @Transactional
    public Assessment assessment(YearMonth from, YearMonth to, String district) {
        List<CaseFacts> all = facts(from, to);
        List<CaseFacts> cases = inDistrict(all, district);
        return new Assessment(from, to, district, weights, UnitAssessment.rank(cases, weights),
                byDistrict(all, district));
    }

    private static List<CaseFacts> inDistrict(List<CaseFacts> cases, String district) {
        return district == null ? cases : cases.stream().filter(c -> district.equals(c.district())).toList();
    }

    /**
     * The figures of each district by its short name, in the list's order (a district without cases shows zeros), or
     * of the one district a district office's view is about.
     */
    private Map<String, ChannelFigures> byDistrict(List<CaseFacts> cases, String only) {
        Map<String, List<CaseFacts>> grouped = cases.stream().filter(c -> c.district() != null)
                .collect(Collectors.groupingBy(CaseFacts::district));
        Map<String, ChannelFigures> byDistrict = new LinkedHashMap<>();
        Map<String, String> names = districts.shortNames();
        names.forEach((code, name) -> {
            if (only == null || only.equals(code)) {
                byDistrict.put(name, ChannelFigures.of(grouped.getOrDefault(code, List.of())));
            }
        });
        // cases filed before districts were reference data may name one the list does not have
        grouped.keySet().stream().filter(code -> only == null && !names.containsKey(code)).sorted()
                .forEach(code -> byDistrict.put(code, ChannelFigures.of(grouped.get(code))));
        return byDistrict;
    }

    @Transactional
    public MeasureFigures measureFigures(String programme, String code) {
        WorkingCalendar working = calendar.calendar();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("yyyy-MM");
        List<Appeal> tagged = appeals.taggedWith(programme + "/" + code, MAX_TAGGED);
        Map<String, String> names = categories.names();
        return new MeasureFigures(programme, code, ChannelFigures.of(tagged.stream().map(a -> facts(a, working, month)).toList()),
                tagged.stream().map(a -> new TaggedCase(a.caseNumber(), a.title(), names.getOrDefault(a.category(), a.category()),
                        a.status().name(), a.leadUnit(), a.filedAt(), a.outcome() == null ? null : a.outcome().name(),
                        a.rating() == null ? null : a.rating().name())).toList());
    }

    private List<CaseFacts> facts(YearMonth from, YearMonth to) {
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new RejectedException(new FiguresRejection.RangeRefused(MAX_MONTHS));
        }
        WorkingCalendar working = calendar.calendar();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("yyyy-MM");
        return appeals.filedBetween(from, to).stream().map(a -> facts(a, working, month)).toList();
    }

    private static CaseFacts facts(Appeal a, WorkingCalendar working, DateTimeFormatter month) {
        Integer days = a.answeredAt() == null ? null : working.workingDaysBetween(CityTime.dateOf(a.filedAt()),
                CityTime.dateOf(a.answeredAt()));
        return new CaseFacts(a.category(), a.filedAt().atZone(CityTime.ZONE).format(month), a.leadUnit(),
                a.acceptedAt() != null, a.answeredAt() != null, a.answeredOnTime(), days,
                a.outcome() == null ? null : a.outcome().name(), a.rating() == null ? null : a.rating().name(),
                a.reopenCount(), a.dueDate(), a.district(), a.ratingSource() == null ? null : a.ratingSource().name());
    }
}
