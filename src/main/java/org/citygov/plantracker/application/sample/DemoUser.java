package org.citygov.plantracker.application.sample;

import java.util.List;

/** A demo-mode user as the start-up banner and the README list it. */
public record DemoUser(String username, List<String> roles, String leadUnitZh, String leadUnitEn) {

    public DemoUser {
        roles = List.copyOf(roles);
    }
}
