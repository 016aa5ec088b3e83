package org.reformhub.appeals.appeal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformhub.appeals.appeal.domain.CaseFixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 受理, 交办, 交县区, 提级: which office may route a case, and what a district office sees. */
class RoutingTest {

    @Test
    void a_district_office_routes_its_own_districts_cases_only() {
        Appeal appeal = filed("ZTC-202611-00021");
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.routing().accept(XIANGZHOU, NOW).orElseThrow());
        assertTrue(appeal.routing().accept(HENGQIN, NOW).isEmpty());
        assertFalse(appeal.access().readableBy(XIANGZHOU));
    }

    @Test
    void a_case_the_city_took_up_is_no_longer_the_district_offices_to_run_but_it_still_sees_it() {
        Appeal appeal = filed("ZTC-202611-00022");
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.routing().takeUp(HENGQIN, "x", NOW).orElseThrow(),
                "only the city office takes a case up");
        assertTrue(appeal.routing().takeUp(CITY, "涉及多个县区", NOW).isEmpty());
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.routing().accept(HENGQIN, NOW).orElseThrow());
        assertTrue(appeal.access().readableBy(HENGQIN));
        assertTrue(appeal.routing().handToDistrict(CITY, "香洲", "香洲", null, NOW).isEmpty());
        assertEquals("香洲", appeal.district());
        assertTrue(appeal.routing().accept(XIANGZHOU, NOW).isEmpty());
    }

    @Test
    void the_lead_is_the_first_unit_named_and_a_sent_back_case_can_be_assigned_again() {
        Appeal appeal = filed("ZTC-202611-00023");
        appeal.routing().accept(CITY, NOW);
        appeal.routing().assign(CITY, "zwsj", List.of("zwsj", "zrzy", "zrzy"), NOW);
        assertEquals("zwsj", appeal.leadUnit());
        assertEquals(List.of("zrzy"), appeal.cooperatingUnits());
        assertTrue(appeal.routing().sendBack(ZWSJ, "不属本单位职责", NOW).isEmpty());
        assertEquals(null, appeal.leadUnit());
        assertTrue(appeal.routing().assign(CITY, "zrzy", List.of(), NOW).isEmpty());
    }
}
