package org.reformhub.kernel.security;

/** Realm roles of the {@code reform} Keycloak realm, for {@code @RolesAllowed}. */
public final class Roles {
    public static final String SUPERVISOR = "supervisor";
    public static final String DEPARTMENT = "department";
    public static final String ENTERPRISE = "enterprise";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
