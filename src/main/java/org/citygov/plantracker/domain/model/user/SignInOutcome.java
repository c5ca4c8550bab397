package org.citygov.plantracker.domain.model.user;

/** What came of a sign-in attempt, as the sign-in log records it. */
public enum SignInOutcome {
    SIGNED_IN,
    /** wrong password, unknown user, disabled user or retired unit (the log says which; the caller never learns) */
    FAILED,
    /** this failure locked sign-in for the username at this address */
    LOCKED,
    /** refused without checking the password: locked at this address */
    REFUSED_LOCKED,
    /** an administrator cleared a lock */
    LOCK_CLEARED,
    TOKEN_USED,
    /** an unknown, revoked or expired token, or one of a disabled user */
    TOKEN_REFUSED
}
