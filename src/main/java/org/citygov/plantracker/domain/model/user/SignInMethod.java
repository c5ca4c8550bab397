package org.citygov.plantracker.domain.model.user;

/** How someone signed in (or tried to). */
public enum SignInMethod {
    /** the sign-in page */
    FORM,
    /** HTTP Basic on the REST API */
    BASIC,
    /** a personal API token (Bearer) */
    TOKEN
}
