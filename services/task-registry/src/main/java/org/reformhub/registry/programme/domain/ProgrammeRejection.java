package org.reformhub.registry.programme.domain;

import org.reformhub.kernel.rule.Rejection;

import static org.reformhub.registry.RegistryTexts.text;

/** Why a programme refused a request. */
public sealed interface ProgrammeRejection extends Rejection {

    record UnknownProgramme(String code) implements ProgrammeRejection {
        @Override
        public String detail() {
            return text("programme.unknown", code);
        }
    }

    record ProgrammeCodeTaken(String code) implements ProgrammeRejection {
        @Override
        public String detail() {
            return text("programme.code-taken", code);
        }
    }

    /** A closed programme is history: its measures, imports and metadata stay as they are. */
    record ProgrammeClosed(String code) implements ProgrammeRejection {
        @Override
        public String detail() {
            return text("programme.closed", code);
        }
    }

    record ProgrammeAlreadyInStatus(String code, ProgrammeStatus status) implements ProgrammeRejection {
        @Override
        public String detail() {
            return text("programme.already-in-status", code, status.name());
        }
    }
}
