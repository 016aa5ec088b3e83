package org.reformhub.console.appeal;

import java.util.List;
import java.util.Set;

import org.reformhub.console.backend.AppealDetail;
import org.reformhub.console.shell.Viewer;

/**
 * Which of the case's next steps this person is shown: the office accepts, rejects, assigns, extends the time limit
 * or merges a duplicate; the lead unit answers or sends the case back; the enterprise rates. The same rules as the
 * service's, used only to hide what would be refused; the service decides.
 */
public record AppealActions(boolean accept, boolean assign, boolean answer, boolean rate, boolean reject,
                            boolean sendBack, boolean extend, boolean merge, boolean followUp, boolean changeLevel) {

    public AppealActions(boolean accept, boolean assign, boolean answer, boolean rate, boolean reject, boolean sendBack,
                         boolean extend, boolean merge) {
        this(accept, assign, answer, rate, reject, sendBack, extend, merge, false, false);
    }

    /** What a redirect back to the case may say was done. */
    static final Set<String> DONE = Set.of("accepted", "assigned", "answered", "rated", "attachment-failed", "attached",
            "rejected", "sent-back", "extended", "merged", "noted", "recorded", "followed-up", "handed", "taken-up");
    /** The states in which a time limit runs. */
    static final List<String> AWAITING = List.of("SUBMITTED", "ACCEPTED", "ASSIGNED", "SENT_BACK", "REOPENED");

    static AppealActions of(Viewer viewer, AppealDetail appeal) {
        String status = appeal.status();
        // a district office runs its district's cases unless the city took the case up; the city office runs all
        boolean office = viewer.isSupervisor() || viewer.isDistrictOffice() && !appeal.place().cityHandles();
        boolean unratedAnswer = "ANSWERED".equals(status) || "CLOSED".equals(status) && appeal.reply().answeredAt() != null
                && appeal.satisfaction().rating() == null;
        boolean lead = viewer.isDepartment() && viewer.dept() != null && viewer.dept().equals(appeal.handling().leadUnit());
        return new AppealActions(
                office && "SUBMITTED".equals(status),
                office && List.of("ACCEPTED", "SENT_BACK").contains(status),
                lead && List.of("ASSIGNED", "REOPENED").contains(status),
                // the enterprise's own word stands over an office's follow-up, so it may rate after one too
                viewer.isEnterprise() && ("ANSWERED".equals(status)
                        || "CLOSED".equals(status) && "FOLLOW_UP".equals(appeal.satisfaction().ratingSource())),
                office && "SUBMITTED".equals(status),
                lead && "ASSIGNED".equals(status),
                office && AWAITING.contains(status),
                office && AWAITING.contains(status),
                office && unratedAnswer,
                viewer.isSupervisor() && !List.of("CLOSED", "REJECTED", "MERGED").contains(status));
    }

    public boolean any() {
        return accept || assign || answer || rate || reject || sendBack || extend || merge || followUp || changeLevel;
    }
}
