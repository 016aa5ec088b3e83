package org.reformhub.notifications.inbox.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which department is told what when a measure is assigned: lead units (牵头单位) and cooperating units
 * (配合单位) each get one message in Chinese. Pure function, unit-tested.
 */
public final class MeasureAssignmentMessages {

    public record Unit(String code, String name) {
    }

    public record Assignment(String programme, String measureCode, String title, List<Unit> leadUnits, List<Unit> cooperatingUnits,
                             String deadlineText) {
    }

    public record Draft(String recipientDept, String title, String body) {
    }

    private MeasureAssignmentMessages() {
    }

    public static List<Draft> draft(Assignment assignment) {
        List<Draft> drafts = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Unit unit : assignment.leadUnits()) {
            if (!seen.contains(unit.code())) {
                seen.add(unit.code());
                drafts.add(message(assignment, unit, "牵头单位"));
            }
        }
        for (Unit unit : assignment.cooperatingUnits()) {
            if (!seen.contains(unit.code())) {
                seen.add(unit.code());
                drafts.add(message(assignment, unit, "配合单位"));
            }
        }
        return drafts;
    }

    private static Draft message(Assignment assignment, Unit unit, String role) {
        String title = "新的改革举措任务：" + assignment.measureCode() + " " + assignment.title();
        String body = unit.name() + "：贵单位为改革举措“" + assignment.title() + "”（编号 " + assignment.measureCode()
                + "，改革批次 " + assignment.programme() + "）的" + role + "，完成时限：" + assignment.deadlineText() + "。请按时报送工作进展。";
        return new Draft(unit.code(), title, body);
    }
}
