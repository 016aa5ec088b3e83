package org.reformhub.console.backend;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.CacheResult;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The lists every form and filter offers — the departments of the registry's catalogue, the appeal categories, the
 * districts — kept for a minute (quarkus-cache, {@code application.properties}) instead of asked for on every page. All are read
 * by every role alike, so one copy serves everyone; a new department or category shows within the minute. (The
 * programmes are read fresh: one imported a moment ago is the one the office wants to look at.)
 */
@ApplicationScoped
public class ReferenceData {

    private final RegistryApi registry;
    private final AppealReferenceApi appealReference;

    ReferenceData(@RestClient RegistryApi registry, @RestClient AppealReferenceApi appealReference) {
        this.registry = registry;
        this.appealReference = appealReference;
    }

    /** The current departments (merged ones left out), in the catalogue's order. */
    @CacheResult(cacheName = "departments")
    public List<RegistryApi.Department> departments() {
        return registry.departments().items().stream().filter(RegistryApi.Department::current).toList();
    }

    /** The districts (县区), active or retired, in the list's order. */
    @CacheResult(cacheName = "districts")
    public List<AppealReferenceApi.District> districts() {
        return appealReference.districts().items();
    }

    /** The short names a filing or a filter offers: the active districts'. */
    public List<String> districtNames() {
        return districts().stream().filter(AppealReferenceApi.District::active).map(AppealReferenceApi.District::shortName).toList();
    }

    @CacheResult(cacheName = "categories")
    public List<AppealReferenceApi.Category> categories() {
        return appealReference.categories().items();
    }
}
