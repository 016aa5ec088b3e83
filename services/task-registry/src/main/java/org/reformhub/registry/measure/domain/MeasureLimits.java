package org.reformhub.registry.measure.domain;

/**
 * The most a measure may hold, whichever door it comes in by (API or table import): every text and list is
 * bounded, so no measure outgrows its event on the broker. The API's {@code @Size} annotations, the import
 * and the published schemas use these numbers.
 */
public final class MeasureLimits {

    public static final int TITLE = 500;
    public static final int AREA = 100;
    public static final int PRACTICE = 10_000;
    public static final int REMARK = 4000;
    public static final int WORK_ITEM = 2000;
    public static final int WORK_ITEMS = 50;
    public static final int DEADLINE_TEXT = 100;
    public static final int UNIT_NAME = 200;
    public static final int LEAD_UNITS = 20;
    public static final int COOPERATING_UNITS = 50;
    public static final int ORIGIN_PLACES = 30;
    /** Measures in one table. */
    public static final int MEASURES_PER_TABLE = 1000;

    private MeasureLimits() {
    }
}
