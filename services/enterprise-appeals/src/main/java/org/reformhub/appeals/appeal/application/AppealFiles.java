package org.reformhub.appeals.appeal.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.file.store.AttachmentStore;
import org.reformhub.kernel.file.FileRejection;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealActor;
import org.reformhub.appeals.appeal.domain.AppealAttachment;
import org.reformhub.appeals.appeal.infrastructure.AppealAttachmentRepository;
import org.reformhub.kernel.file.store.StoredFile;
import org.reformhub.appeals.appeal.infrastructure.AppealRepository;

/**
 * A case's files: the enterprise's supporting documents at intake and later, a unit's answer letter. Checked by
 * content (kernel {@link AttachmentStore}), kept on disk outside the rows, readable by whoever may read the case.
 */
@ApplicationScoped
public class AppealFiles {

    private final AppealRepository appeals;
    private final AppealAttachmentRepository attachments;
    private final AttachmentStore store;

    public AppealFiles(AppealRepository appeals, AppealAttachmentRepository attachments, AttachmentStore store) {
        this.appeals = appeals;
        this.attachments = attachments;
        this.store = store;
    }

    @Transactional
    public AppealAttachment attach(Caller caller, String caseNumber, String name, byte[] content) {
        AppealActor actor = AppealWorkflow.actor(caller);
        Appeal appeal = ReadAppeals.visible(appeals.byCaseNumberLocked(caseNumber), actor, caseNumber);
        RejectedException.raiseIfAny(appeal.access().mayAttach(actor));
        if (attachments.countOfAppeal(appeal.id()) >= AppealAttachment.MAX_PER_APPEAL) {
            RejectedException.raise(new FileRejection.TooManyFiles(AppealAttachment.MAX_PER_APPEAL));
        }
        AppealAttachment attachment = new AppealAttachment(appeal.id(), store.accept(name, content, actor.name()));
        attachments.persist(attachment);
        return attachment;
    }

    @Transactional
    public List<AppealAttachment> list(Caller caller, String caseNumber) {
        return attachments.ofAppeal(readable(caller, caseNumber).id());
    }

    @Transactional
    public StoredFile file(Caller caller, String caseNumber, UUID attachmentId) {
        Appeal appeal = readable(caller, caseNumber);
        AppealAttachment attachment = attachments.findByIdOptional(attachmentId).filter(a -> a.appealId().equals(appeal.id()))
                .orElseThrow(() -> new RejectedException(new FileRejection.UnknownFile(attachmentId.toString())));
        return attachment.file();
    }

    private Appeal readable(Caller caller, String caseNumber) {
        return ReadAppeals.visible(appeals.byCaseNumber(caseNumber), AppealWorkflow.actor(caller), caseNumber);
    }
}
