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

    /** A new appeal names a category the catalogue does not offer (or no longer does). */
    record InactiveCategory(String code) implements CategoryRejection {
        public String detail() {
            return text("category.inactive", code);
        }

        @Override
        public java.util.List<FieldMistake> fields() {
            return java.util.List.of(new FieldMistake("category", text("category.inactive-field")));
        }
    }

    /** An urgent case cannot be given longer than a usual one. */
    record UrgentLimitLonger() implements CategoryRejection {
        public String detail() {
            return text("category.urgent-longer");
        }

        @Override
        public java.util.List<FieldMistake> fields() {
            return java.util.List.of(new FieldMistake("urgentTimeLimitDays", detail()));
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
