package org.reformhub.appeals.cityreport.infrastructure;

import static org.reformhub.appeals.document.WordDocument.orBlank;

import java.time.LocalDate;
import java.util.List;

import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.document.WordDocument;

/** A special report (专题报告) on chosen matters as a Word document for the city government. */
public final class SpecialReportDocument {

    private SpecialReportDocument() {
    }

    public static byte[] docx(String title, String summary, List<Appeal> cases, LocalDate asOf) {
        try (WordDocument document = new WordDocument()) {
            document.title(title).text(summary)
                    .heading("附：涉及诉求（" + cases.size() + "件）")
                    .table(List.of("编号", "企业", "诉求", "承办单位", "状态", "办理时限", "规定办理时限", "督办"), cases.stream()
                            .map(a -> List.of(a.caseNumber(), a.enterpriseName(), a.title(),
                                    a.leadUnit() == null ? "待交办" : a.leadUnit(), a.status().name(), String.valueOf(a.dueDate()),
                                    orBlank(a.committedDate()), a.supervised() ? "是" : "")).toList())
                    .signature("截至" + asOf);
            return document.bytes();
        }
    }
}
