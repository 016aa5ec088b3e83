package org.reformhub.notifications.supervision.domain;

/** ISSUED → ACKNOWLEDGED (签收) → REPLIED (回复); unanswered past its reply date → ESCALATED, which may still be replied to. */
public enum NoticeStatus { ISSUED, ACKNOWLEDGED, REPLIED, ESCALATED }
