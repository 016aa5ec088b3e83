package org.reformhub.progress.report.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.file.store.AttachmentStore;
import org.reformhub.kernel.file.FileRejection;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.progress.report.domain.Actor;
import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.progress.report.domain.ReportAttachment;
import org.reformhub.progress.report.domain.ReportRejection;
import org.reformhub.progress.report.infrastructure.ProgressReportRepository;
import org.reformhub.progress.report.infrastructure.ReportAttachmentRepository;

/**
 * Evidence files of reports (佐证材料): checked by content (PDF, OFD, images, Word, Excel; at most 10 MB and
 * 10 per report), kept on disk by the kernel's store, read by whoever may read the report.
 */
@ApplicationScoped
public class ReportEvidence {

    private final ProgressReportRepository reports;
    private final ReportAttachmentRepository attachments;
    private final ReadReports read;
    private final AttachmentStore store;

    public ReportEvidence(ProgressReportRepository reports, ReportAttachmentRepository attachments, ReadReports read,
                          AttachmentStore store) {
        this.reports = reports;
        this.attachments = attachments;
        this.read = read;
        this.store = store;
    }

    @Transactional
    public ReportAttachment attach(Caller caller, UUID reportId, String name, byte[] content) {
        ProgressReport report = reports.findByIdOptional(reportId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RejectedException(new ReportRejection.UnknownReport(reportId)));
        Actor actor = ReportWorkflow.actor(caller);
        RejectedException.raiseIfAny(report.mayChangeEvidence(actor));
        if (attachments.countOfReport(reportId) >= ReportAttachment.MAX_PER_REPORT) {
            RejectedException.raise(new FileRejection.TooManyFiles(ReportAttachment.MAX_PER_REPORT));
        }
        ReportAttachment attachment = new ReportAttachment(reportId, store.accept(name, content, actor.name()));
        attachments.persist(attachment);
        return attachment;
    }

    @Transactional
    public List<ReportAttachment> list(Caller caller, UUID reportId) {
        read.get(caller, reportId);
        return attachments.ofReport(reportId);
    }

    @Transactional
    public ReportAttachment find(Caller caller, UUID reportId, UUID attachmentId) {
        read.get(caller, reportId);
        return attachments.findByIdOptional(attachmentId).filter(a -> a.reportId().equals(reportId))
                .orElseThrow(() -> new RejectedException(new FileRejection.UnknownFile(attachmentId.toString())));
    }

    /** The bytes stay on disk (content-addressed, maybe shared); only the report's reference goes. */
    @Transactional
    public void remove(Caller caller, UUID reportId, UUID attachmentId) {
        ProgressReport report = reports.findByIdOptional(reportId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RejectedException(new ReportRejection.UnknownReport(reportId)));
        RejectedException.raiseIfAny(report.mayChangeEvidence(ReportWorkflow.actor(caller)));
        ReportAttachment attachment = attachments.findByIdOptional(attachmentId).filter(a -> a.reportId().equals(reportId))
                .orElseThrow(() -> new RejectedException(new FileRejection.UnknownFile(attachmentId.toString())));
        attachments.delete(attachment);
    }
}
