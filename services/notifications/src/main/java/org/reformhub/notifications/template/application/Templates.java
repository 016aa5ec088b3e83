package org.reformhub.notifications.template.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import org.reformhub.kernel.cache.HeldValue;
import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.template.domain.SampleData;
import org.reformhub.notifications.template.domain.TemplateCatalogue;
import org.reformhub.notifications.template.domain.TemplateVersion;
import org.reformhub.notifications.template.infrastructure.TemplateVersionRepository;
import org.reformhub.notifications.rule.domain.ConsoleLinks;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.notifications.template.domain.TemplateRejection;

import static org.reformhub.notifications.NotificationTexts.text;

/**
 * Renders a rule's wording for a channel with the latest version of its template (Qute, values as plain text).
 * Versions live in the database: a release's bundled texts are added as new versions at start-up when they
 * changed, an office edit adds one too, and nothing is overwritten. A version is held in memory for a short
 * while, so an edit made through another instance is used within {@link #HOLD}.
 */
@ApplicationScoped
public class Templates {

    /** A message in one channel's wording: title (inbox) or subject (e-mail), body, and the version used. */
    public record Rendered(String title, String body, int version) {
    }

    static final Duration HOLD = Duration.ofSeconds(30);
    static final int TITLE_MAX = 500;
    private static final Logger LOG = Logger.getLogger(Templates.class);

    private record Compiled(int version, Template template) {
    }

    private final Engine engine;
    private final TemplateVersionRepository versions;
    /** Where people reach the platform (the gateway), for links in e-mails and webhooks. */
    private final String publicUrl;
    private final Map<String, HeldValue<Compiled>> latest = new ConcurrentHashMap<>();

    public Templates(Engine engine, TemplateVersionRepository versions,
                     @org.eclipse.microprofile.config.inject.ConfigProperty(name = "reformhub.public-url") String publicUrl) {
        this.publicUrl = publicUrl;
        this.engine = engine;
        this.versions = versions;
    }

    @Transactional
    void addBundledVersions(@Observes StartupEvent start) {
        int added = 0;
        for (String rule : TemplateCatalogue.RULES.keySet()) {
            for (Channel channel : TemplateCatalogue.channelsOf(rule)) {
                String text = bundled(channel, rule);
                String checksum = checksum(text);
                if (!versions.hasBundled(channel.folder(), rule, checksum)
                        && versions.append(channel.folder(), rule, "BUNDLED", checksum, text, null, Instant.now())) {
                    added++;
                }
            }
        }
        if (added > 0) {
            LOG.infof("%d bundled template versions added", added);
        }
    }

    /** Joins the caller's transaction (the version is read from the database at most every {@link #HOLD}). */
    public Rendered render(Channel channel, String rule, Map<String, Object> model) {
        Compiled compiled = latest.computeIfAbsent(channel.folder() + "/" + rule, key -> new HeldValue<>(HOLD))
                .get(() -> compile(versions.latest(channel.folder(), rule)
                        .orElseThrow(() -> new IllegalStateException("no template for " + channel + "/" + rule))));
        return split(compiled.template().data(withAbsoluteLink(channel, model)).render(), compiled.version());
    }

    /** An e-mail or a webhook is read outside the platform: its link names the platform's public address. */
    private Map<String, Object> withAbsoluteLink(Channel channel, Map<String, Object> model) {
        if (channel == Channel.INBOX || !(model.get("link") instanceof String link) || !link.startsWith("/")) {
            return model;
        }
        Map<String, Object> absolute = new java.util.HashMap<>(model);
        absolute.put("link", ConsoleLinks.absolute(publicUrl, link));
        return absolute;
    }

    @Transactional
    public List<TemplateVersion.TemplateVersionView> current() {
        return versions.latestOfEach().stream().map(TemplateVersion::view).toList();
    }

    @Transactional
    public List<TemplateVersion.TemplateVersionView> history(Channel channel, String rule) {
        known(channel, rule);
        return versions.versions(channel.folder(), rule).stream().map(TemplateVersion::view).toList();
    }

    /** The office rewords a template: checked by rendering it with sample data, then kept as the next version. */
    @Transactional
    public TemplateVersion.TemplateVersionView edit(Channel channel, String rule, String text, String by) {
        known(channel, rule);
        preview(text);
        String checksum = checksum(text);
        if (!versions.append(channel.folder(), rule, "EDITED", checksum, text, by, Instant.now())) {
            throw new RejectedException(new TemplateRejection.ConcurrentChange());
        }
        latest.remove(channel.folder() + "/" + rule);
        return versions.latest(channel.folder(), rule).orElseThrow().view();
    }

    /** A version (the latest when null) rendered with sample data. */
    @Transactional
    public Rendered preview(Channel channel, String rule, Integer version) {
        known(channel, rule);
        TemplateVersion v = (version == null ? versions.latest(channel.folder(), rule)
                : versions.version(channel.folder(), rule, version))
                .orElseThrow(() -> new RejectedException(new TemplateRejection.UnknownVersion(channel.folder() + "/" + rule, version)));
        Rendered r = preview(v.text());
        return new Rendered(r.title(), r.body(), v.version());
    }

    private Rendered preview(String text) {
        try {
            return split(engine.parse(text).data(SampleData.MODEL).render(), 0);
        } catch (RuntimeException e) { // Qute's parser and renderer say what is wrong, with line numbers
            throw new RejectedException(new TemplateRejection.Unrenderable(where(e)));
        }
    }

    private Compiled compile(TemplateVersion version) {
        return new Compiled(version.version(), engine.parse(version.text()));
    }

    private static void known(Channel channel, String rule) {
        if (!TemplateCatalogue.has(channel, rule)) {
            throw new RejectedException(new TemplateRejection.UnknownTemplate(channel.folder() + "/" + rule));
        }
    }

    private static Rendered split(String rendered, int version) {
        String text = rendered.strip();
        int end = text.indexOf('\n');
        return end < 0 ? new Rendered(fitted(text), "", version)
                : new Rendered(fitted(text.substring(0, end).strip()), text.substring(end + 1).strip(), version);
    }

    /** A title, subject or SMS line is stored in 500 characters: a longer one (many cases named) ends with an ellipsis. */
    static String fitted(String line) {
        if (line.codePointCount(0, line.length()) <= TITLE_MAX) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, TITLE_MAX - 1)) + "…";
    }

    private static String bundled(Channel channel, String rule) {
        String path = "templates/" + channel.folder() + "/" + rule + ".txt";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the release lacks " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checksum(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Qute's own message is English and names its internals: the line is what a template's editor needs. */
    private static String where(RuntimeException e) {
        if (e instanceof io.quarkus.qute.TemplateException template && template.getOrigin() != null) {
            return text("template.at-line", template.getOrigin().getLine());
        }
        return text("template.syntax");
    }
}
