package org.reformhub.appeals.appeal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The people and the case the stage tests share: a 横琴 case filed online, ten working days, due 2026-12-11. */
final class CaseFixtures {

    static final AppealActor CITY = new AppealActor("supervisor", true, null, null);
    static final AppealActor HENGQIN = new AppealActor("hengqin-office", true, null, null, "横琴");
    static final AppealActor XIANGZHOU = new AppealActor("xiangzhou-office", true, null, null, "香洲");
    static final AppealActor ZWSJ = new AppealActor("zwsj-officer", false, "zwsj", null);
    static final AppealActor ENTERPRISE = new AppealActor("enterprise-a", false, null, "91440400MA4UH1234T");
    static final AppealActor SYSTEM = new AppealActor("system", true, null, null);
    static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 12, 11);

    private CaseFixtures() {
    }

    static Appeal filed(String caseNumber) {
        return Appeal.filed(caseNumber, new Appeal.Filing("91440400MA4UH1234T", "横琴示例科技", "张三", "0756-1234567",
                null, "approval", false, "施工许可办理慢", "……", "横琴", Channel.ONLINE), 10, DUE, ENTERPRISE, NOW);
    }

    static Appeal assigned(String caseNumber) {
        Appeal appeal = filed(caseNumber);
        appeal.routing().accept(CITY, NOW);
        appeal.routing().assign(CITY, "zwsj", List.of(), NOW);
        return appeal;
    }

    static Appeal answered(String caseNumber) {
        Appeal appeal = assigned(caseNumber);
        appeal.answering().answer(ZWSJ, Outcome.RESOLVED, "已办结", null, NOW);
        return appeal;
    }
}
