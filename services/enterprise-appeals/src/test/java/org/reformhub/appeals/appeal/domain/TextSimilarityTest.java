package org.reformhub.appeals.appeal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformhub.kernel.text.TextSimilarity;

/** Chinese texts compared by character bigrams: the same complaint in other words is alike, another is not. */
class TextSimilarityTest {

    @Test
    void the_same_difficulty_in_other_words_is_alike_and_another_is_not() {
        double alike = TextSimilarity.dice("厂房施工许可审批超时，材料反复补正", "施工许可审批超时了，材料被要求反复补正");
        double other = TextSimilarity.dice("厂房施工许可审批超时，材料反复补正", "出口退税迟迟未到账");
        assertTrue(alike >= TextSimilarity.SUGGEST_FROM, "alike " + alike);
        assertTrue(other < 0.1, "other " + other);
        assertEquals(1.0, TextSimilarity.dice("退税进度", "退税进度"));
        assertEquals(0.0, TextSimilarity.dice("", "退税"));
    }
}
