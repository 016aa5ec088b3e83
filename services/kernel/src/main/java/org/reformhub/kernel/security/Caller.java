package org.reformhub.kernel.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, read from the validated access token: subject, realm roles, and the {@code dept}
 * (department code), {@code uscc} (统一社会信用代码) and {@code district} (a district office's 县区 code) claims.
 * Ownership checks ask it, never raw tokens.
 */
public record Caller(String subject, String username, Set<String> roles, Optional<String> dept, Optional<String> uscc,
                     Optional<String> district) {

    public Caller(String subject, String username, Set<String> roles, Optional<String> dept, Optional<String> uscc) {
        this(subject, username, roles, dept, uscc, Optional.empty());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Supervisors and admins see the whole programme. */
    public boolean seesEverything() {
        return hasRole(Roles.SUPERVISOR) || hasRole(Roles.ADMIN);
    }

    /**
     * A district office (县区营商办): the {@code district} role with its {@code district} claim. It does the city
     * office's work for its own district only; without the claim it is nobody's office.
     */
    public Optional<String> districtOffice() {
        return hasRole(Roles.DISTRICT) && !seesEverything() ? district : Optional.empty();
    }

    /** A department acts only for its own code; supervisors and admins for every department. */
    public boolean mayActForDepartment(String departmentCode) {
        return seesEverything() || (hasRole(Roles.DEPARTMENT) && dept.map(d -> d.equals(departmentCode)).orElse(false));
    }

    /** An enterprise acts only for its own USCC; supervisors and admins for every enterprise. */
    public boolean mayActForEnterprise(String enterpriseUscc) {
        return seesEverything() || (hasRole(Roles.ENTERPRISE) && uscc.map(u -> u.equals(enterpriseUscc)).orElse(false));
    }
}
