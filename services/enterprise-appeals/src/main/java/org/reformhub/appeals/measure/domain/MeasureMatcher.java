package org.reformhub.appeals.measure.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reformhub.kernel.text.TextSimilarity;

/**
 * Which measures an appeal's text is probably about. An appeal and a measure are compared by the character
 * bigrams they share, each weighted by how rare it is among the measures (a bigram in every measure, like
 * 企业 or 推进, says nothing; 抵押 or 登记 says a lot): score = Σ log(1 + N / df) over shared bigrams.
 */
public final class MeasureMatcher {

    /** A suggestion needs at least this score (three bigrams that only one measure in four has)... */
    public static final double SUGGEST_FROM = 4.0;
    /** ...and a quarter of the best one's: a clear match is not diluted by measures sharing a word or two. */
    public static final double SHARE_OF_BEST = 0.25;

    public record Suggestion(String programme, String code, String title, double score) {
    }

    private record Indexed(KnownMeasure measure, Set<String> bigrams) {
    }

    private final List<Indexed> measures = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    public MeasureMatcher(List<KnownMeasure> known) {
        for (KnownMeasure m : known) {
            if (!m.archived()) {
                Set<String> bigrams = TextSimilarity.bigramSet(m.matchText());
                measures.add(new Indexed(m, bigrams));
                bigrams.forEach(b -> documentFrequency.merge(b, 1, Integer::sum));
            }
        }
    }

    /** The best {@code limit} measures for the text, best first. */
    public List<Suggestion> suggest(String text, int limit) {
        Set<String> asked = TextSimilarity.bigramSet(text);
        int n = measures.size();
        List<Suggestion> suggestions = new ArrayList<>();
        for (Indexed m : measures) {
            double score = 0;
            for (String b : asked) {
                if (m.bigrams().contains(b)) {
                    score += Math.log(1 + (double) n / documentFrequency.get(b));
                }
            }
            if (score >= SUGGEST_FROM) {
                suggestions.add(new Suggestion(m.measure().programme(), m.measure().code(), m.measure().title(),
                        Math.round(score * 100) / 100.0));
            }
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        double floor = suggestions.isEmpty() ? 0 : suggestions.get(0).score() * SHARE_OF_BEST;
        return suggestions.stream().filter(x -> x.score() >= floor).limit(limit).toList();
    }
}
