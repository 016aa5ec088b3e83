package org.reformhub.kernel.security;

/** Realm roles of the {@code reform} Keycloak realm, for {@code @RolesAllowed}. */
public final class Roles {
    public static final String SUPERVISOR = "supervisor";
    /** A district office (县区营商办), with the {@code district} claim naming its district. */
    public static final String DISTRICT = "district";
    public static final String DEPARTMENT = "department";
    public static final String ENTERPRISE = "enterprise";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
