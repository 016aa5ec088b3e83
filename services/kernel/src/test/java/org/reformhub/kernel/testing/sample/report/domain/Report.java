package org.reformhub.kernel.testing.sample.report.domain;

/** Fixture for ArchitectureRulesTest: a domain class that knows a JAX-RS type, which the rules forbid. */
public class Report {
    public jakarta.ws.rs.core.Response asResponse() {
        return null;
    }
}
