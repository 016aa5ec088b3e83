package org.reformhub.console.shell;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import org.reformhub.console.backend.AppealReferenceApi;
import org.reformhub.console.backend.ReferenceData;

/** The viewer of the current request, read from the access token the gateway relayed. */
@RequestScoped
public class CurrentViewer {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final ReferenceData reference;

    CurrentViewer(SecurityIdentity identity, JsonWebToken token, ReferenceData reference) {
        this.identity = identity;
        this.token = token;
        this.reference = reference;
    }

    public Viewer get() {
        String username = claim("preferred_username");
        String name = claim("name");
        String district = claim("district");
        String districtName = district == null ? null : reference.districts().stream()
                .filter(d -> d.code().equals(district)).map(AppealReferenceApi.District::shortName).findFirst().orElse(district);
        return new Viewer(username, name == null || name.isBlank() ? username : name, Set.copyOf(identity.getRoles()),
                claim("dept"), claim("uscc"), district, districtName);
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }
}
