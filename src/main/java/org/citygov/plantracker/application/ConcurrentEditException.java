package org.citygov.plantracker.application;

/**
 * Someone else saved the same record since this user read it (optimistic locking). Nothing was
 * written; the user must reload and redo the change. REST maps it to 409.
 */
public class ConcurrentEditException extends RuntimeException {

    private final String what;

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else since you opened it; reload and try again");
        this.what = what;
    }

    public String getWhat() { return what; }

    /** Explicit check of the version the client read against the stored one. */
    public static void check(String what, long readVersion, long storedVersion) {
        if (readVersion != storedVersion) {
            throw new ConcurrentEditException(what);
        }
    }
}
