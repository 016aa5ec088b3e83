package org.reformhub.kernel.file;

import java.util.Map;

import org.reformhub.kernel.rule.Rejection;
import org.reformhub.kernel.rule.RejectionProblem;

import org.reformhub.kernel.text.MessageBundle;

/**
 * Why an uploaded file was refused, the same in every service that keeps files (report evidence, appeal
 * attachments); services add {@link #PROBLEMS} to their rejection table.
 */
public sealed interface FileRejection extends Rejection {

    Map<Class<? extends Rejection>, RejectionProblem> PROBLEMS = Map.of(
            UnacceptableFile.class, new RejectionProblem(415, "file-type", "不支持的文件类型"),
            TooManyFiles.class, new RejectionProblem(409, "too-many-attachments", "附件数量已达上限"),
            UnknownFile.class, new RejectionProblem(404, "not-found", "附件不存在"),
            UnusableFileName.class, new RejectionProblem(422, "unprocessable-content", "文件名不可用"));

    record UnacceptableFile() implements FileRejection {
        public String detail() {
            return MessageBundle.KERNEL.text("file.unacceptable");
        }
    }

    record TooManyFiles(int max) implements FileRejection {
        public String detail() {
            return MessageBundle.KERNEL.text("file.too-many", max);
        }
    }

    record UnknownFile(String id) implements FileRejection {
        public String detail() {
            return MessageBundle.KERNEL.text("file.unknown", id);
        }
    }

    record UnusableFileName(String given) implements FileRejection {
        public String detail() {
            return MessageBundle.KERNEL.text("file.unusable-name", given);
        }
    }
}
