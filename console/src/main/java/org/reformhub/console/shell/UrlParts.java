package org.reformhub.console.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.TemplateExtension;

/** {d.key.urlEncode}: a value (a domain's Chinese name) as it goes into a link's query. */
@TemplateExtension
public final class UrlParts {

    private UrlParts() {
    }

    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
