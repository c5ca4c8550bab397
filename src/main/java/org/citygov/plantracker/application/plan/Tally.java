package org.citygov.plantracker.application.plan;

import java.io.Serializable;

/** How many of something there are of one kind (projects per stage, targets per kind …). */
public record Tally<K extends Enum<K>>(K key, long count) implements Serializable {
}
