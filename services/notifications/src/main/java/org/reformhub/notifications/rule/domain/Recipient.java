package org.reformhub.notifications.rule.domain;

/**
 * Who a notification is for: a department's shared inbox (by its code), the supervision office as a whole, an
 * enterprise (by its 统一社会信用代码), the contact an enterprise gave for one case (by the case number: its e-mail and
 * mobile, whether or not the enterprise has an account) or one user (by the token's subject).
 */
public record Recipient(Kind kind, String id) {

    public enum Kind { DEPARTMENT, SUPERVISORS, DISTRICT_OFFICE, ENTERPRISE, CASE_CONTACT, USER }

    /** A department's code as the registry writes it (and the API checks it). */
    public static final String DEPARTMENT_CODE = "[a-z0-9][a-z0-9-]{1,49}";

    public static final Recipient SUPERVISORS = new Recipient(Kind.SUPERVISORS, "*");

    public static Recipient department(String code) {
        return new Recipient(Kind.DEPARTMENT, code);
    }

    /** A district's office (县区营商办), by the district's code: the city office's appeal notices for that district. */
    public static Recipient districtOffice(String district) {
        return new Recipient(Kind.DISTRICT_OFFICE, district);
    }

    public static Recipient enterprise(String uscc) {
        return new Recipient(Kind.ENTERPRISE, uscc);
    }

    /** The e-mail and mobile given when the case was filed (联系人), reached by e-mail and SMS, with an unsubscribe link. */
    public static Recipient caseContact(String caseNumber) {
        return new Recipient(Kind.CASE_CONTACT, caseNumber);
    }

    public static Recipient user(String subject) {
        return new Recipient(Kind.USER, subject);
    }

    /** The recipient a stored key names ({@link #key()}: {@code KIND:id}). */
    public static Recipient ofKey(String key) {
        int colon = key.indexOf(':');
        return new Recipient(Kind.valueOf(key.substring(0, colon)), key.substring(colon + 1));
    }

    /** How the recipient is stored and looked up: {@code KIND:id}. */
    public String key() {
        return kind + ":" + id;
    }
}
