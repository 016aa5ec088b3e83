package org.reformhub.kernel.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.text.MessageBundle;

/** The one way a resource learns who calls it. */
@RequestScoped
public class CurrentCaller {

    private static final MessageBundle TEXT = MessageBundle.KERNEL;

    public static final String DEPT_CLAIM = "dept";
    public static final String USCC_CLAIM = "uscc";
    public static final String DISTRICT_CLAIM = "district";

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        if (identity.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        Optional<JsonWebToken> token = identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
        return new Caller(
                token.map(JsonWebToken::getSubject).orElse(identity.getPrincipal().getName()),
                token.map(t -> t.<String>getClaim("preferred_username")).orElse(identity.getPrincipal().getName()),
                Set.copyOf(identity.getRoles()),
                token.map(t -> t.<Object>getClaim(DEPT_CLAIM)).map(Object::toString).map(CurrentCaller::unquote),
                token.map(t -> t.<Object>getClaim(USCC_CLAIM)).map(Object::toString).map(CurrentCaller::unquote),
                token.map(t -> t.<Object>getClaim(DISTRICT_CLAIM)).map(Object::toString).map(CurrentCaller::unquote));
    }

    /** Throws 403 unless the caller may act for that department. */
    public Caller requireDepartment(String departmentCode) {
        Caller caller = get();
        if (!caller.mayActForDepartment(departmentCode)) {
            throw ProblemException.forbidden(TEXT.text("caller.own-unit-only", caller.dept().orElse(TEXT.text("caller.no-unit"))));
        }
        return caller;
    }

    /**
     * Whose data a department-scoped list shows: for supervisors and admins the department they ask for, or
     * empty (everyone's); for a department its own, and 403 when it asks for another's.
     */
    public Optional<String> departmentScope(String requested) {
        Caller caller = get();
        if (caller.seesEverything()) {
            return Optional.ofNullable(requested);
        }
        String own = caller.dept().orElseThrow(() -> ProblemException.forbidden(TEXT.text("caller.no-dept-claim")));
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden(TEXT.text("caller.own-unit-only", own));
        }
        return Optional.of(own);
    }

    /** Throws 403 unless the caller may act for that enterprise (统一社会信用代码). */
    public Caller requireEnterprise(String enterpriseUscc) {
        Caller caller = get();
        if (!caller.mayActForEnterprise(enterpriseUscc)) {
            throw ProblemException.forbidden(TEXT.text("caller.own-enterprise-only"));
        }
        return caller;
    }

    private static String unquote(String value) {
        // JSON-P string values print with their quotes
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
