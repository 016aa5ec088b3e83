package org.reformhub.console.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The platform's accounts in Keycloak, through its admin API with the console's own service account (client
 * {@code reformhub-console-admin}, allowed to manage users and clients of the realm and nothing else). Only the
 * admin pages use it, and only for a person whose token carries the {@code admin} role.
 *
 * <p>An invited officer gets the {@code department} role and the {@code dept} attribute (the token's {@code dept}
 * claim) and an e-mail from Keycloak, sent through the platform's mail server, with a link to set a password. A
 * department's system gets a confidential client whose service account has the same role and attribute; its secret
 * is shown once, to be handed to the department's IT team.
 */
@ApplicationScoped
public class Accounts {

    static final String DEPARTMENT_ROLE = "department";
    /** How long the invitation's link stays valid. */
    static final int INVITATION_SECONDS = 72 * 3600;

    private final Keycloak keycloak;

    Accounts(Keycloak keycloak) {
        this.keycloak = keycloak;
    }

    @ConfigProperty(name = "reformhub.keycloak-realm", defaultValue = "reform")
    String realmName;

    /** The client whose login the invited person continues to after setting a password. */
    @ConfigProperty(name = "reformhub.login-client", defaultValue = "reformhub-gateway")
    String loginClient;

    @ConfigProperty(name = "reformhub.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    public record Account(String username, String name, String email, String dept, boolean system, boolean enabled,
                          boolean passwordSet) {
    }

    /** Everyone with the department role: officers and departments' systems. */
    public List<Account> departmentAccounts() {
        return realm().roles().get(DEPARTMENT_ROLE).getUserMembers(0, 1000).stream().map(Accounts::account).toList();
    }

    /** Answers the new account's username, or a refusal (409: the username or e-mail is taken). */
    public Outcome inviteOfficer(String username, String name, String email, String dept) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        // as the demo accounts are named (政数 经办人): Keycloak's profile requires both parts
        user.setFirstName(name);
        user.setLastName("经办人");
        user.setEnabled(true);
        user.setAttributes(Map.of("dept", List.of(dept)));
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        String id;
        try (Response created = realm().users().create(user)) {
            if (created.getStatus() == 409) {
                return Outcome.refused("username", "该用户名或电子邮箱已被使用");
            }
            if (created.getStatus() != 201) {
                throw new WebApplicationException(503);
            }
            id = idFrom(created.getLocation());
        }
        realm().users().get(id).roles().realmLevel().add(List.of(departmentRole()));
        realm().users().get(id).executeActionsEmail(loginClient, home(), INVITATION_SECONDS, List.of("UPDATE_PASSWORD"));
        return Outcome.done(username, null);
    }

    /** A department's system: a confidential client with a service account in the department; answers its secret. */
    public Outcome registerSystem(String clientId, String name, String dept) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setEnabled(true);
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setProtocolMappers(List.of(audience(), claim("dept"), claim("uscc")));
        String id;
        try (Response created = realm().clients().create(client)) {
            if (created.getStatus() == 409) {
                return Outcome.refused("clientId", "该系统标识已被使用");
            }
            if (created.getStatus() != 201) {
                throw new WebApplicationException(503);
            }
            id = idFrom(created.getLocation());
        }
        UserRepresentation account = realm().clients().get(id).getServiceAccountUser();
        account.setAttributes(Map.of("dept", List.of(dept)));
        account.setFirstName(name);
        account.setLastName("业务系统");
        realm().users().get(account.getId()).update(account);
        realm().users().get(account.getId()).roles().realmLevel().add(List.of(departmentRole()));
        return Outcome.done(clientId, realm().clients().get(id).getSecret().getValue());
    }

    /** Keycloak's reset-password e-mail to any account by username (the login page offers the same to everyone). */
    public boolean sendPasswordReset(String username) {
        List<UserRepresentation> found = realm().users().searchByUsername(username, true);
        if (found.isEmpty() || found.get(0).getEmail() == null) {
            return false;
        }
        realm().users().get(found.get(0).getId()).executeActionsEmail(loginClient, home(), INVITATION_SECONDS,
                List.of("UPDATE_PASSWORD"));
        return true;
    }

    /** Done (with the username or client id and, for a system, its secret) or refused at a field. */
    public record Outcome(String name, String secret, String field, String error) {
        static Outcome done(String name, String secret) {
            return new Outcome(name, secret, null, null);
        }

        static Outcome refused(String field, String error) {
            return new Outcome(null, null, field, error);
        }

        public boolean refused() {
            return error != null;
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    private RoleRepresentation departmentRole() {
        return realm().roles().get(DEPARTMENT_ROLE).toRepresentation();
    }

    private String home() {
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + "/app/";
    }

    private static Account account(UserRepresentation u) {
        String dept = u.getAttributes() == null || u.getAttributes().get("dept") == null
                || u.getAttributes().get("dept").isEmpty() ? "" : u.getAttributes().get("dept").get(0);
        boolean system = u.getUsername().startsWith("service-account-");
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " " + (u.getLastName() == null ? "" : u.getLastName()))
                .strip();
        return new Account(system ? u.getUsername().substring("service-account-".length()) : u.getUsername(), name,
                u.getEmail() == null ? "" : u.getEmail(), dept, system, Boolean.TRUE.equals(u.isEnabled()),
                u.getRequiredActions() == null || !u.getRequiredActions().contains("UPDATE_PASSWORD"));
    }

    private static String idFrom(URI location) {
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static ProtocolMapperRepresentation audience() {
        ProtocolMapperRepresentation mapper = mapper("api audience", "oidc-audience-mapper");
        mapper.setConfig(Map.of("included.custom.audience", "reformhub-api", "access.token.claim", "true",
                "id.token.claim", "false", "introspection.token.claim", "true"));
        return mapper;
    }

    private static ProtocolMapperRepresentation claim(String attribute) {
        ProtocolMapperRepresentation mapper = mapper(attribute, "oidc-usermodel-attribute-mapper");
        mapper.setConfig(Map.of("user.attribute", attribute, "claim.name", attribute, "jsonType.label", "String",
                "access.token.claim", "true", "id.token.claim", "true", "userinfo.token.claim", "true",
                "introspection.token.claim", "true"));
        return mapper;
    }

    private static ProtocolMapperRepresentation mapper(String name, String type) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        return mapper;
    }
}
