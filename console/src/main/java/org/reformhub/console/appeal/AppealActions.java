package org.reformhub.console.appeal;

import java.util.List;
import java.util.Set;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.shell.Viewer;

/**
 * Which of the case's next steps this person is shown: the office accepts and assigns, the lead unit answers, the
 * enterprise rates. The same rules as the service's, used only to hide what would be refused; the service decides.
 */
public record AppealActions(boolean accept, boolean assign, boolean answer, boolean rate) {

    /** What a redirect back to the case may say was done. */
    static final Set<String> DONE = Set.of("accepted", "assigned", "answered", "rated", "attachment-failed", "attached");

    static AppealActions of(Viewer viewer, AppealsApi.AppealDetail appeal) {
        String status = appeal.status();
        boolean office = viewer.isSupervisor();
        return new AppealActions(
                office && "SUBMITTED".equals(status),
                office && List.of("ACCEPTED", "SENT_BACK").contains(status),
                viewer.isDepartment() && viewer.dept() != null && viewer.dept().equals(appeal.leadUnit())
                        && List.of("ASSIGNED", "REOPENED").contains(status),
                viewer.isEnterprise() && "ANSWERED".equals(status));
    }

    public boolean any() {
        return accept || assign || answer || rate;
    }
}
