package org.reformhub.kernel.testing;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The documented operation a request path is: the path template that fits it with the most literal segments. */
record OperationMatch(String template, JsonNode operation) {

    static OperationMatch find(JsonNode document, String method, String path) {
        String[] segments = path.split("/", -1);
        OperationMatch best = null;
        int bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String[] template = entry.getKey().split("/", -1);
            JsonNode operation = entry.getValue().path(method.toLowerCase(Locale.ROOT));
            if (template.length != segments.length || operation.isMissingNode()) {
                continue;
            }
            int literals = literalsMatched(template, segments);
            if (literals > bestLiterals) {
                best = new OperationMatch(entry.getKey(), operation);
                bestLiterals = literals;
            }
        }
        return best;
    }

    /** How many literal segments fit, or -1 when one does not. */
    private static int literalsMatched(String[] template, String[] segments) {
        int literals = 0;
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{") && template[i].endsWith("}")) {
                if (segments[i].isEmpty()) {
                    return -1;
                }
            } else if (template[i].contains("{")) {
                // a parameter with a literal beside it, as in {service_request_id}.json
                String pattern = "\\Q" + template[i].replaceAll("\\{[^}]+}",
                        java.util.regex.Matcher.quoteReplacement("\\E[^/]+\\Q")) + "\\E";
                if (!segments[i].matches(pattern)) {
                    return -1;
                }
            } else if (template[i].equals(segments[i])) {
                literals++;
            } else {
                return -1;
            }
        }
        return literals;
    }
}
