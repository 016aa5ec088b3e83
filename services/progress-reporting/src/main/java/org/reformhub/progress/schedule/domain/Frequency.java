package org.reformhub.progress.schedule.domain;

/** How often a measure is reported on: 每月 or 每季度. */
public enum Frequency {
    MONTHLY,
    QUARTERLY
}
