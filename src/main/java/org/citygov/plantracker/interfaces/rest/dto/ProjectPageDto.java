package org.citygov.plantracker.interfaces.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProjectPage", description = "One page of the portfolio: `total` rows match the filters, `items` start at `offset`")
public record ProjectPageDto(long total, int offset, int limit, List<ProjectSummaryDto> items) {
}
