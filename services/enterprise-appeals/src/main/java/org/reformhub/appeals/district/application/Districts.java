package org.reformhub.appeals.district.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.appeals.district.domain.District;
import org.reformhub.appeals.district.domain.DistrictRejection;
import org.reformhub.appeals.district.infrastructure.DistrictRepository;


/**
 * The city's districts (县区): read wherever a district is named (filing, filters, session levels, the district
 * office's claim), kept by the administrator. A dozen rows, read from the database each time, so an administrator's
 * change counts at once on every instance.
 */
@ApplicationScoped
public class Districts {

    private final DistrictRepository districts;

    public Districts(DistrictRepository districts) {
        this.districts = districts;
    }

    public List<District> all() {
        return districts.inOrder();
    }

    /** The district {@code given} names — by code, full name or short name — active or not. */
    public Optional<District> find(String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        return all().stream().filter(d -> d.isNamedBy(given)).findFirst();
    }

    /** The code of the district {@code given} names, or the refusal naming {@code field}. */
    public String codeOf(String given, String field) {
        return find(given).map(District::code)
                .orElseThrow(() -> new RejectedException(new DistrictRejection.UnknownDistrict(field, given)));
    }

    /** The code of an active district (a new case or session names one the city still has). */
    public String activeCodeOf(String given, String field) {
        return find(given).filter(District::active).map(District::code)
                .orElseThrow(() -> new RejectedException(new DistrictRejection.UnknownDistrict(field, given)));
    }

    /** The code of the district a query parameter {@code district} names; null for none; refused naming it if unknown. */
    public String codeOfFilter(String given) {
        if (given == null) {
            return null;
        }
        return find(given).map(District::code).orElseThrow(() -> new RejectedException(new DistrictRejection.UnknownFilter(given)));
    }

    /** Each district's short name by code, in the list's order, for figures and views. */
    public Map<String, String> shortNames() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(d -> names.put(d.code(), d.shortName()));
        return names;
    }

    /** The short name a view shows for a stored code (the code itself when the list no longer has it). */
    public String shortNameOf(String code) {
        return code == null ? null : shortNames().getOrDefault(code, code);
    }

    /** Creates or changes a district; a name or short name another district goes by is refused. */
    @Transactional
    public District save(String code, String name, String shortName, Integer sortOrder, boolean active) {
        for (District other : all()) {
            if (other.code().equals(code)) {
                continue;
            }
            if (other.isNamedBy(name) || other.isNamedBy(code)) {
                RejectedException.raise(new DistrictRejection.NameTaken("name", name, other.name()));
            }
            if (other.isNamedBy(shortName)) {
                RejectedException.raise(new DistrictRejection.NameTaken("shortName", shortName, other.name()));
            }
        }
        District district = districts.findById(code);
        int order = sortOrder != null ? sortOrder : district != null ? district.sortOrder() : all().size() + 1;
        if (district == null) {
            district = new District(code, name, shortName, order);
            districts.persist(district);
        }
        district.describe(name, shortName, order, active);
        return district;
    }
}
