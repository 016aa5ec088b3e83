package org.reformhub.notifications.rule.domain;

/**
 * Where a notice sends the person: the web console's page for the thing it is about (paths under the gateway's
 * {@code /app/}). Inbox notifications keep the path; e-mails and webhooks make it absolute with the platform's public
 * address ({@code REFORMHUB_PUBLIC_URL}), since they are read outside the platform.
 */
public final class ConsoleLinks {

    private ConsoleLinks() {
    }

    public static String measure(String programme, String code) {
        return "/app/measures/" + programme + "/" + code;
    }

    public static String appeal(String caseNumber) {
        return "/app/appeals/" + caseNumber;
    }

    /** A unit's measures with its returned reports on top. */
    public static String unitReports() {
        return "/app/my/measures";
    }

    /** The office's queue of reports waiting for review. */
    public static String reviewQueue() {
        return "/app/reviews";
    }

    /** A 督办单: the unit acknowledges and replies there, the office follows it. */
    public static String supervisionNotice(java.util.UUID id) {
        return "/app/supervision/" + id;
    }

    /** A report to the city government, with its Word document. */
    public static String cityReport(String id) {
        return id == null || id.isBlank() ? "/app/reports" : "/app/reports/" + id;
    }

    public static String inbox() {
        return "/app/inbox";
    }

    public static String home() {
        return "/app/";
    }

    /** {@code https://reform.example.gov.cn} + a console path; anything already absolute, or empty, is left as it is. */
    public static String absolute(String publicUrl, String link) {
        if (link == null || link.isEmpty() || !link.startsWith("/")) {
            return link == null ? "" : link;
        }
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) + link : publicUrl + link;
    }
}
