package org.reformhub.notifications.template.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleFitTest {

    @Test
    void a_line_longer_than_its_column_ends_with_an_ellipsis_and_splits_no_character() {
        assertEquals("邀请参加面对面会议", Templates.fitted("邀请参加面对面会议"));
        String many = "涉及诉求：" + "ZTC-202612-00001 厂房用地手续办理超时𠀀；".repeat(40);
        String fitted = Templates.fitted(many);
        assertEquals(Templates.TITLE_MAX, fitted.codePointCount(0, fitted.length()));
        assertTrue(fitted.endsWith("…") && !Character.isHighSurrogate(fitted.charAt(fitted.length() - 2)));
    }
}
