package org.citygov.plantracker.application.plan;

import java.io.Serializable;

/** A choice in a filter: a code with its names (a 区县(市), a 工程). */
public record Option(String code, String nameZh, String nameEn) implements Serializable {
}
