package org.citygov.plantracker.interfaces.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgramRef", description = "A program (工程) by code and title")
public record ProgramRefDto(@Schema(example = "C1.4") String code, String titleZh, String titleEn) {
}
