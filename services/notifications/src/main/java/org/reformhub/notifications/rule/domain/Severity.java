package org.reformhub.notifications.rule.domain;

/** How urgent a notification is; critical ones (overdue, reopened appeals) will ignore preferences. */
public enum Severity { INFO, WARNING, CRITICAL }
