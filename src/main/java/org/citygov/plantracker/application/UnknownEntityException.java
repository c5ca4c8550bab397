package org.citygov.plantracker.application;

/** Asked for something that does not exist (a project code, a milestone id …). REST maps it to 404. */
public class UnknownEntityException extends RuntimeException {

    private final String kind;
    private final String key;

    public UnknownEntityException(String kind, Object key) {
        super("No " + kind + " " + key);
        this.kind = kind;
        this.key = String.valueOf(key);
    }

    public String getKind() { return kind; }
    public String getKey() { return key; }
}
