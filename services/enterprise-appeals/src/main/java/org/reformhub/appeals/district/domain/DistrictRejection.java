package org.reformhub.appeals.district.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.appeals.AppealTexts.text;

/** Why a request naming a district was refused. */
public sealed interface DistrictRejection extends Rejection {

    /** The field's value names no district of the list (by code, full name or short name). */
    record UnknownDistrict(String field, String given) implements DistrictRejection {
        public String detail() {
            return text("district.unknown", given);
        }

        @Override
        public java.util.List<FieldMistake> fields() {
            return java.util.List.of(new FieldMistake(field, detail()));
        }
    }

    /** A list is filtered by a district the list does not have (a query parameter, so the request is malformed). */
    record UnknownFilter(String given) implements DistrictRejection {
        public String detail() {
            return text("district.unknown", given);
        }

        @Override
        public java.util.List<FieldMistake> fields() {
            return java.util.List.of(new FieldMistake("district", detail()));
        }
    }

    /** Another district already goes by this name or short name. */
    record NameTaken(String field, String given, String holder) implements DistrictRejection {
        public String detail() {
            return text("district.name-taken", given, holder);
        }

        @Override
        public java.util.List<FieldMistake> fields() {
            return java.util.List.of(new FieldMistake(field, detail()));
        }
    }

    /**
     * A district office asked for a case or session that is not its district's, or for one that does not exist: it
     * gets the same answer for both, so it learns nothing about another district's work.
     */
    record OutsideDistrict() implements DistrictRejection {
        public String detail() {
            return text("district.outside");
        }
    }
}
