package org.reformhub.console.backend;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The task registry's department catalogue: the units a case can be handed to. */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders(ViewerToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryApi {

    @GET
    @Path("/departments")
    Departments departments();

    @GET
    @Path("/programmes")
    Programmes programmes();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Programmes(List<Programme> items, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Programme(String code, String title, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Departments(List<Department> items, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Department(String code, String name, String mergedInto) {
        public boolean current() {
            return mergedInto == null;
        }
    }
}
