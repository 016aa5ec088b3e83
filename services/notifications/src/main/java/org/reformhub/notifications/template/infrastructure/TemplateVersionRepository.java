package org.reformhub.notifications.template.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.notifications.template.domain.TemplateVersion;

@ApplicationScoped
public class TemplateVersionRepository implements PanacheRepositoryBase<TemplateVersion, TemplateVersion.Key> {

    public Optional<TemplateVersion> latest(String channel, String rule) {
        return find("channel = ?1 and rule = ?2", Sort.descending("version"), channel, rule).firstResultOptional();
    }

    public Optional<TemplateVersion> version(String channel, String rule, int version) {
        return find("channel = ?1 and rule = ?2 and version = ?3", channel, rule, version).firstResultOptional();
    }

    public List<TemplateVersion> versions(String channel, String rule) {
        return list("channel = ?1 and rule = ?2", Sort.descending("version"), channel, rule);
    }

    public List<TemplateVersion> latestOfEach() {
        return getEntityManager().createQuery("from TemplateVersion v where v.version = (select max(t.version)"
                + " from TemplateVersion t where t.channel = v.channel and t.rule = v.rule) order by v.channel, v.rule",
                TemplateVersion.class).getResultList();
    }

    public boolean hasBundled(String channel, String rule, String checksum) {
        return count("channel = ?1 and rule = ?2 and origin = 'BUNDLED' and checksum = ?3", channel, rule, checksum) > 0;
    }

    /** The next version, unless another instance wrote it first (then false: the caller reads again). */
    public boolean append(String channel, String rule, String origin, String checksum, String text, String by, Instant now) {
        return getEntityManager().createNativeQuery("insert into template_version (channel, rule, version, origin, checksum,"
                        + " text, created_at, created_by) select :channel, :rule, coalesce(max(version), 0) + 1, :origin,"
                        + " :checksum, :text, :now, :by from template_version where channel = :channel and rule = :rule"
                        + " on conflict do nothing")
                .setParameter("channel", channel).setParameter("rule", rule).setParameter("origin", origin)
                .setParameter("checksum", checksum).setParameter("text", text).setParameter("now", now)
                .setParameter("by", by).executeUpdate() == 1;
    }
}
