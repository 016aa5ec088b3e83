package org.reformhub.registry.tasktable.domain;

import java.math.BigDecimal;

/** A change a remark states, e.g. "由128项增加至189项": from 128 to 189, unit 项, about "清单". */
public record StatedFigure(String subject, BigDecimal from, BigDecimal to, String unit, String text) {
}
