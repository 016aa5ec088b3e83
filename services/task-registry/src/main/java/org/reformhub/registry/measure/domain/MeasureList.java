package org.reformhub.registry.measure.domain;

/** Which list of the provincial document a measure belongs to. */
public enum MeasureList {
    /** 在全省复制推广: copy the practice. */
    REPLICATE,
    /** 供全省借鉴: learn from the practice. */
    REFERENCE
}
