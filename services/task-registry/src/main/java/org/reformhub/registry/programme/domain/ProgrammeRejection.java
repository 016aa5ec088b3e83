package org.reformhub.registry.programme.domain;

import org.reformhub.kernel.rule.Rejection;

/** Why a programme refused a request. */
public sealed interface ProgrammeRejection extends Rejection {

    record UnknownProgramme(String code) implements ProgrammeRejection {
        @Override
        public String detail() {
            return "programme " + code + " does not exist";
        }
    }

    record ProgrammeCodeTaken(String code) implements ProgrammeRejection {
        @Override
        public String detail() {
            return "programme " + code + " already exists";
        }
    }

    /** A closed programme is history: its measures, imports and metadata stay as they are. */
    record ProgrammeClosed(String code) implements ProgrammeRejection {
        @Override
        public String detail() {
            return "programme " + code + " is closed (read-only); reopen it to change it";
        }
    }

    record ProgrammeAlreadyInStatus(String code, ProgrammeStatus status) implements ProgrammeRejection {
        @Override
        public String detail() {
            return "programme " + code + " is " + status.name().toLowerCase() + " already";
        }
    }
}
