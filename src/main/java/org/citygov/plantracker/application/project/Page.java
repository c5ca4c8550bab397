package org.citygov.plantracker.application.project;

import java.util.List;

/** One page of a longer list, with the total count for the pager. */
public record Page<T>(List<T> rows, long total, int first, int size) {
}
