package org.reformhub.notifications.contact.api;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.notifications.contact.application.EnterpriseContacts;
import org.reformhub.notifications.contact.domain.CaseContact;

import static org.reformhub.notifications.NotificationTexts.text;

/**
 * 退订: the link at the foot of every e-mail and SMS to an enterprise's contact. Public (the link's token is its
 * authority): GET shows what would stop and asks, so that a mail scanner opening links unsubscribes nobody; POST
 * unsubscribes — the page's button, or a mail client's one-click (RFC 8058: {@code List-Unsubscribe=One-Click}) — and
 * can undo it ({@code action=resubscribe}). A page for people, like the console's, so not in the API document (whose
 * security rules rightly refuse a secret in a URL and an unauthenticated write: here they are the point).
 */
@Path("/public/unsubscribe")
@PermitAll
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class UnsubscribeResource {

    /** A link's token: 24 random bytes, base64url. */
    private static final String TOKEN = "[A-Za-z0-9_-]{32}";

    private final EnterpriseContacts contacts;
    private final Template page;

    public UnsubscribeResource(EnterpriseContacts contacts, @Location("contact/unsubscribe.html") Template page) {
        this.contacts = contacts;
        this.page = page;
    }

    @GET
    @Operation(hidden = true)
    public Response ask(@QueryParam("token") String token, @Context HttpHeaders headers) {
        Optional<CaseContact> contact = valid(token).flatMap(contacts::byToken);
        if (contact.isEmpty()) {
            return unknownLink(headers);
        }
        return show(contact.get(), token, contacts.unsubscribed(contact.get()) ? "done" : "ask");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answer(@QueryParam("token") String token, @FormParam("action") String action,
                           @Context HttpHeaders headers) {
        boolean resubscribe = "resubscribe".equals(action);
        Optional<CaseContact> contact = valid(token).flatMap(t -> resubscribe ? contacts.resubscribe(t) : contacts.unsubscribe(t));
        if (contact.isEmpty()) {
            return unknownLink(headers);
        }
        return show(contact.get(), token, resubscribe ? "resubscribed" : "done");
    }

    private Response show(CaseContact contact, String token, String state) {
        return Response.ok(page.data("state", state).data("token", token).data("caseNumber", contact.caseNumber())
                .data("email", contact.maskedEmail().orElse(null)).data("phone", contact.maskedPhone()).render())
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    /** A person's browser gets the page that says so; anything else (a mail client's one-click, a script) a problem. */
    private Response unknownLink(HttpHeaders headers) {
        if (headers.getAcceptableMediaTypes().stream().noneMatch(t -> "text".equals(t.getType()) && "html".equals(t.getSubtype()))) {
            throw ProblemException.notFound(text("contact.unknown-link"));
        }
        return Response.status(Response.Status.NOT_FOUND).entity(page.data("state", "unknown").data("token", null)
                        .data("caseNumber", null).data("email", null).data("phone", null).render())
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private static Optional<String> valid(String token) {
        return Optional.ofNullable(token).filter(t -> t.matches(TOKEN));
    }
}
