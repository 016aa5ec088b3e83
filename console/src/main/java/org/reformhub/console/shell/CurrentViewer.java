package org.reformhub.console.shell;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The viewer of the current request, read from the access token the gateway relayed. */
@RequestScoped
public class CurrentViewer {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public Viewer get() {
        String username = claim("preferred_username");
        String name = claim("name");
        return new Viewer(username, name == null || name.isBlank() ? username : name, Set.copyOf(identity.getRoles()),
                claim("dept"), claim("uscc"));
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }
}
