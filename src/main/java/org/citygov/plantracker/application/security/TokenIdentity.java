package org.citygov.plantracker.application.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * The user a personal API token (Bearer) acts for in this request. The container knows nothing of
 * tokens, so the REST API's authentication sets it and {@link CurrentUser} reads it first.
 */
@RequestScoped
public class TokenIdentity {

    private String username;

    public void actAs(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }
}
