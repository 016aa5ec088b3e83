package org.reformhub.appeals.appeal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformhub.appeals.appeal.domain.CaseFixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Who may read a case and add files to it: its enterprise, its handling units, the city office, its district's office. */
class AccessTest {

    private static final AppealActor OTHER_ENTERPRISE = new AppealActor("enterprise-b", false, null, "91440400MA4UH9999X");
    private static final AppealActor ZRZY = new AppealActor("zrzy-officer", false, "zrzy", null);

    @Test
    void a_case_is_read_by_its_enterprise_the_city_office_and_its_districts_office_not_by_another_enterprise() {
        Appeal appeal = filed("ZTC-202611-00051");
        assertTrue(appeal.access().readableBy(ENTERPRISE));
        assertTrue(appeal.access().readableBy(CITY));
        assertTrue(appeal.access().readableBy(HENGQIN));
        assertFalse(appeal.access().readableBy(XIANGZHOU), "another district's office");
        assertFalse(appeal.access().readableBy(OTHER_ENTERPRISE));
        assertFalse(appeal.access().readableBy(ZWSJ), "a unit before the case is assigned to it");
    }

    @Test
    void the_lead_and_the_cooperating_units_read_the_case_they_handle() {
        Appeal appeal = filed("ZTC-202611-00052");
        appeal.routing().accept(CITY, NOW);
        appeal.routing().assign(CITY, "zwsj", List.of("zrzy"), NOW);
        assertTrue(appeal.access().handledBy("zwsj"));
        assertTrue(appeal.access().handledBy("zrzy"));
        assertTrue(appeal.access().readableBy(ZRZY));
        assertFalse(appeal.access().handledBy("fgj"));
        assertFalse(appeal.access().handledBy(null));
    }

    @Test
    void files_are_added_by_those_who_read_the_case_and_only_while_it_is_open() {
        Appeal appeal = answered("ZTC-202611-00053");
        assertTrue(appeal.access().mayAttach(ENTERPRISE).isEmpty());
        assertTrue(appeal.access().mayAttach(ZWSJ).isEmpty());
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.access().mayAttach(OTHER_ENTERPRISE).orElseThrow());
        appeal.answering().closeUnrated(SYSTEM, NOW);
        AppealRejection closed = appeal.access().mayAttach(ENTERPRISE).orElseThrow();
        assertInstanceOf(AppealRejection.WrongStatus.class, closed);
        assertEquals(AppealStatus.CLOSED, ((AppealRejection.WrongStatus) closed).status());
    }
}
