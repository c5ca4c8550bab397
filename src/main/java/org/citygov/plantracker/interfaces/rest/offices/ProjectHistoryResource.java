package org.citygov.plantracker.interfaces.rest.offices;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.offices.ProjectHistory;
import org.citygov.plantracker.interfaces.i18n.HistoryLabels;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.rest.RestErrors;
import org.citygov.plantracker.interfaces.rest.offices.OfficesDtos.HistoryDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** A project's history: every recorded change. */
@Path("/projects/{code}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "offices")
public class ProjectHistoryResource {

    @Inject
    private ProjectHistory history;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "A project's history, newest first",
            description = "Who changed what and when, before → after: milestone updates, monthly reports and evidence, "
                    + "re-baseline requests and decisions, stage changes, output confirmations. Labels follow "
                    + "Accept-Language (zh default, en).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HistoryDto.class)))
    public List<HistoryDto> history(@PathParam("code") String code) {
        Locale locale = RestErrors.locale(headers);
        boolean english = Texts.english(locale);
        return history.of(code).stream().map(h -> new HistoryDto(h.id(), h.occurredAt(), h.username(), h.action(),
                HistoryLabels.action(locale, h.action()), h.entityType(), h.entityId(),
                english ? h.subjectEn() : h.subjectZh(), h.field(), HistoryLabels.field(locale, h.field()),
                HistoryLabels.value(locale, h.entityType(), h.field(), h.before(english)),
                HistoryLabels.value(locale, h.entityType(), h.field(), h.after(english)),
                h.comment())).toList();
    }
}
