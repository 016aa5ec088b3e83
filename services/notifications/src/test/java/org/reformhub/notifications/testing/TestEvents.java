package org.reformhub.notifications.testing;

import java.util.UUID;

/** Events as the other services publish them (docs/events/schemas), with the fields the tests vary. */
public final class TestEvents {

    private TestEvents() {
    }

    public static String departmentCreated(String eventId, String code, String name, String email) {
        return """
                {"specversion":"1.0","id":"%s","source":"/reformhub/task-registry","type":"reform.registry.department.created.v1",
                 "subject":"department:%s","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"department":{"code":"%s","name":"%s","aliases":[],"kind":"MUNICIPAL_DEPARTMENT","email":%s,
                 "phone":null,"needsReview":false,"mergedInto":null,"version":1},"changedFields":[],"mergedInto":null}}"""
                .formatted(eventId, code, code, name, email == null ? "null" : "\"" + email + "\"");
    }

    /** @param deadline an ISO date, or null for 持续推进 */
    public static String measureCreated(String eventId, String programme, String code, String leadDept, String deadline) {
        String deadlineJson = deadline == null ? "{\"kind\":\"ONGOING\"}" : "{\"kind\":\"DATE\",\"date\":\"" + deadline + "\"}";
        return """
                {"specversion":"1.0","id":"%s","source":"/reformhub/task-registry","type":"reform.registry.measure.created.v1",
                 "subject":"%s/%s","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"measure":{"programme":"%s","code":"%s","title":"优化水电气外线报建流程","version":1,
                 "leadUnits":[{"code":"%s","name":"测试牵头单位"}],"cooperatingUnits":[],"deadline":%s},"changedFields":[]}}"""
                .formatted(eventId, programme, code, programme, code, leadDept, deadlineJson);
    }

    /** A step of a case, with the case's state after it. */
    public static String appeal(String eventId, String action, String caseNumber, String leadUnit, String uscc, String status,
                                String dueDate, String answeredAt, int version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/reformhub/enterprise-appeals","type":"reform.appeals.appeal.%s.v1",
                 "subject":"%s","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"appeal":{"id":"%s","caseNumber":"%s","uscc":"%s","enterpriseName":"横琴示例科技","category":"land",
                 "urgent":false,"title":"厂房用地手续","district":"hengqin","channel":"ONLINE","status":"%s","leadUnit":"%s",
                 "cooperatingUnits":[],"timeLimitDays":15,"filedAt":"2026-11-01T08:00:00Z","dueDate":"%s",
                 "answeredAt":%s,"outcome":"RESOLVED","version":%d},"action":"%s","actor":"supervisor","note":null}}"""
                .formatted(eventId, action.toLowerCase().replace('_', '-'), caseNumber, UUID.randomUUID(), caseNumber, uscc,
                        status, leadUnit, dueDate, answeredAt == null ? "null" : "\"" + answeredAt + "\"", version, action);
    }

    /** The contact an enterprise gave for a case (published just before the case's filing). */
    public static String contactRecorded(String eventId, String caseNumber, String person, String phone, String email) {
        return """
                {"specversion":"1.0","id":"%s","source":"/reformhub/enterprise-appeals",
                 "type":"reform.appeals.appeal-contact.recorded.v1","subject":"%s","time":"2026-11-27T08:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"contact":{"caseNumber":"%s","uscc":"91440400MA4UH1234T","enterpriseName":"横琴示例科技",
                 "contactPerson":"%s","phone":"%s","email":%s,"channel":"HOTLINE_12345","recordedAt":"2026-11-27T08:00:00Z"}}}"""
                .formatted(eventId, caseNumber, caseNumber, person, phone, email == null ? "null" : "\"" + email + "\"");
    }

    public static String assigned(String eventId, String caseNumber, String leadUnit) {
        return appeal(eventId, "ASSIGNED", caseNumber, leadUnit, "91440400MA4UH1234T", "ASSIGNED", "2026-12-18", null, 3);
    }

    public static String caseNumber() {
        return "ZTC-202611-" + (10000 + (int) (Math.random() * 89999));
    }

    public static String unit() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }
}
