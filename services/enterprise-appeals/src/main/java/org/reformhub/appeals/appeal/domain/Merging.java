package org.reformhub.appeals.appeal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * 合并重复诉求: staff merge a case, as a duplicate, into an original that is still open. The duplicate stops running
 * its own time limit and follows the original's answer ({@link Answering#follow}); both sides keep the link.
 */
public final class Merging {

    private final Appeal appeal;

    Merging(Appeal appeal) {
        this.appeal = appeal;
    }

    public Optional<AppealRejection> into(Appeal original, AppealActor staff, Instant now) {
        Optional<AppealRejection> notOffice = appeal.access().officeInCharge(staff, "appeal.only-office-merges")
                .or(() -> original.access().officeInCharge(staff, "appeal.only-office-merges"));
        if (notOffice.isPresent()) {
            return notOffice;
        }
        if (original.id.equals(appeal.id) || original.duplicateOf != null) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.merge-into-original")));
        }
        if (!appeal.awaitsAnswer() || !appeal.duplicates.isEmpty()) {
            return Optional.of(new AppealRejection.WrongStatus(appeal.status, "merge"));
        }
        if (!original.status.open()) {
            return Optional.of(new AppealRejection.WrongStatus(original.status, "merge-into"));
        }
        appeal.duplicateOf = original.caseNumber;
        appeal.step(AppealStatus.MERGED, AppealStep.Action.MERGED, staff, now, "并入 " + original.caseNumber);
        List<String> merged = new ArrayList<>(original.duplicates);
        merged.add(appeal.caseNumber);
        original.duplicates = merged;
        original.updatedAt = now;
        return Optional.empty();
    }
}
