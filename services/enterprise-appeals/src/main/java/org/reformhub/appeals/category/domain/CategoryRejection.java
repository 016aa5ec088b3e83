package org.reformhub.appeals.category.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.appeals.AppealTexts.text;

/** Why a request about the category catalogue or its reply templates was refused. */
public sealed interface CategoryRejection extends Rejection {

    record UnknownCategory(String code) implements CategoryRejection {
        public String detail() {
            return text("category.unknown", code);
        }
    }

    record UnknownTemplate(java.util.UUID id) implements CategoryRejection {
        public String detail() {
            return text("reply-template.unknown", id);
        }
    }

    record TooManyTemplates(int max) implements CategoryRejection {
        public String detail() {
            return text("reply-template.too-many", max);
        }
    }
}
