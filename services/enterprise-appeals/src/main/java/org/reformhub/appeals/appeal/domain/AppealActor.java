package org.reformhub.appeals.appeal.domain;

/** Who acts on an appeal: staff of the supervision office, a handling unit (by department code), or an enterprise (by USCC). */
public record AppealActor(String name, boolean staff, String dept, String uscc) {
}
