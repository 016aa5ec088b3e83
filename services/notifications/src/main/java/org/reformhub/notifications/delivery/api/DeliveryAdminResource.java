package org.reformhub.notifications.delivery.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PageRequest;
import org.reformhub.kernel.security.Roles;
import org.reformhub.notifications.delivery.application.DailyDigest;
import org.reformhub.notifications.delivery.application.Dispatch;
import org.reformhub.notifications.delivery.application.ManageDeliveries;
import org.reformhub.notifications.delivery.domain.Delivery;
import org.reformhub.notifications.delivery.domain.DeliveryStatus;

/** Deliveries for platform admins: failures to look at and retry, and the digest and dispatcher run on demand. */
@Path("/admin/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeliveryAdminResource {

    public record Count(int count) {
    }

    private final ManageDeliveries deliveries;
    private final Dispatch dispatch;
    private final DailyDigest digest;

    public DeliveryAdminResource(ManageDeliveries deliveries, Dispatch dispatch, DailyDigest digest) {
        this.deliveries = deliveries;
        this.dispatch = dispatch;
        this.digest = digest;
    }

    /** Newest first; {@code status=FAILED} is the list to work through. */
    @Operation(operationId = "listDeliveries", summary = "列出消息投递记录 / List deliveries")
    @GET
    public Page<Delivery.DeliveryView> list(@QueryParam("status") @Pattern(regexp = "PENDING|RETRYING|SENT|FAILED|DIGEST|DIGESTED") String status,
                                    @QueryParam("recipient") @Size(max = 120)
                                    @Pattern(regexp = "(DEPARTMENT|SUPERVISORS|DISTRICT_OFFICE|ENTERPRISE|CASE_CONTACT|USER):[^\\s]+") String recipient,
                                    @QueryParam("page") @Min(0) @Max(10000) Integer page,
            @QueryParam("size") @Min(1) @Max(500) Integer size,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(deprecated = true,
                    description = "旧名称，即第 0 页的 size / the former name of size, for page 0")
            @QueryParam("limit") @Min(1) @Max(500) Integer limit) {
        return deliveries.list(status == null ? null : DeliveryStatus.valueOf(status), recipient,
                PageRequest.of(page, size, limit, 50));
    }

    @Operation(operationId = "getDelivery", summary = "读取一条投递记录 / Read a delivery")
    @GET
    @Path("/{id}")
    public Delivery.DeliveryView get(@PathParam("id") UUID id) {
        return deliveries.find(id);
    }

    @Operation(operationId = "retryDelivery", summary = "重试一条投递 / Retry a delivery")
    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    public Delivery.DeliveryView retry(@PathParam("id") UUID id) {
        return deliveries.retry(id);
    }

    @Operation(operationId = "retryFailedDeliveries", summary = "重试全部失败的投递 / Retry every failed delivery")
    @POST
    @Path("/retry-failed")
    @Consumes(MediaType.WILDCARD)
    public Count retryFailed() {
        return new Count(deliveries.retryAllFailed());
    }

    /** Sends what is due now instead of at the next tick (operators after an outage; tests). */
    @Operation(operationId = "dispatchDeliveries", summary = "立即投递待发消息 / Dispatch the pending deliveries now")
    @POST
    @Path("/dispatch")
    @Consumes(MediaType.WILDCARD)
    public Count dispatch() {
        return new Count(dispatch.dispatchDue());
    }

    /** Writes the daily digests now instead of at the configured hour. */
    @Operation(operationId = "sendDigests", summary = "立即发送汇总邮件 / Send the digests now")
    @POST
    @Path("/digests")
    @Consumes(MediaType.WILDCARD)
    public Count digests() {
        return new Count(digest.run());
    }
}
