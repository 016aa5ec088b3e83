package org.reformhub.registry.tasktable.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places whose practice a measure copies, named at the start of 主要做法: "深圳市、广州市依托…" →
 * [深圳市, 广州市]; "广州市黄埔区（广州开发区）推出…" → [广州市黄埔区（广州开发区）].
 */
public final class OriginPlaces {

    private static final Pattern PLACE = Pattern.compile(
            "([\\p{IsHan}]{2,4}?[市省])([\\p{IsHan}]{2,4}?[区县](?:（[^）]{2,12}）)?)?");
    private static final int SUBJECT_LENGTH = 40;

    private OriginPlaces() {
    }

    public static List<String> find(String practice) {
        List<String> places = new ArrayList<>();
        if (practice == null) {
            return places;
        }
        String head = practice.strip();
        // the subject ends where the first verb phrase begins; cut at the first comma to stay in it
        int cut = head.length();
        for (char c : new char[] {'，', ',', '。'}) {
            int i = head.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        head = head.substring(0, Math.min(cut, SUBJECT_LENGTH));
        Matcher m = PLACE.matcher(head);
        int expected = 0;
        while (m.find()) {
            // places are listed back to back ("深圳市、广州市"); a match further in is part of the sentence
            String between = head.substring(expected, m.start());
            if (!between.isEmpty() && !between.matches("[、和及与\\s]+")) {
                break;
            }
            places.add(m.group().replaceAll("^(该|全|本)", ""));
            expected = m.end();
        }
        return places;
    }
}
