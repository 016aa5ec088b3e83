package org.reformhub.progress.report.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.security.CurrentCaller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.progress.report.domain.ProgressReport;
import org.reformhub.progress.report.infrastructure.ProgressReportRepository;

/** A department's own progress reports; supervisors see every department's. */
@Path("/departments/{dept}/reports")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentReportsResource {

    private final ProgressReportRepository reports;
    private final CurrentCaller currentCaller;

    public DepartmentReportsResource(ProgressReportRepository reports, CurrentCaller currentCaller) {
        this.reports = reports;
        this.currentCaller = currentCaller;
    }

    @GET
    @RolesAllowed({Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Page<ProgressReport.ReportView> list(@PathParam("dept") String dept) {
        currentCaller.requireDepartment(dept);
        List<ProgressReport.ReportView> items = reports.ofDepartment(dept).stream().map(ProgressReport::view).toList();
        return Page.of(items);
    }
}
