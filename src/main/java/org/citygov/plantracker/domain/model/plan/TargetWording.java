package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.List;

/**
 * What the plan says about a target, in its own words: the verbatim Chinese excerpt, a working
 * English translation, the section it sits in, and the editors' annotations. Immutable; the
 * {@code with…} methods return a copy.
 */
@Embeddable
public class TargetWording {

    /** Separator of list items stored in one column (named institutions, related codes). */
    public static final String LIST_SEPARATOR = "、";

    @Column(name = "section", length = 200)
    private String section;

    /** Verbatim excerpt of the plan text. */
    @Column(name = "description_zh", nullable = false, length = 2000)
    private String descriptionZh;

    @Column(name = "description_en", length = 2000)
    private String descriptionEn;

    /** The places, institutions or routes the text names (金水区、中牟县), joined with 、. */
    @Column(name = "named_text", length = 1000)
    private String namedText;

    @Column(name = "note", length = 4000)
    private String note;

    /** Where else the plan states the same target (ch.4 s.1). */
    @Column(name = "also_in_text", length = 500)
    private String alsoInText;

    /** Codes of related targets or programs, comma-separated. */
    @Column(name = "related_codes", length = 500)
    private String relatedCodes;

    /** Further particulars from the definition (breakdowns, bed ranges, listed components). */
    @Column(name = "details", length = 4000)
    private String details;

    protected TargetWording() {
        // for JPA
    }

    private TargetWording(String section, String descriptionZh, String descriptionEn, String namedText, String note,
                          String alsoInText, String relatedCodes, String details) {
        if (descriptionZh == null || descriptionZh.isBlank()) {
            throw new IllegalArgumentException("A target needs its Chinese description (a verbatim excerpt)");
        }
        this.section = section;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.namedText = namedText;
        this.note = note;
        this.alsoInText = alsoInText;
        this.relatedCodes = relatedCodes;
        this.details = details;
    }

    public static TargetWording of(String descriptionZh, String descriptionEn) {
        return new TargetWording(null, descriptionZh, descriptionEn, null, null, null, null, null);
    }

    public TargetWording inSection(String section) {
        return new TargetWording(section, descriptionZh, descriptionEn, namedText, note, alsoInText, relatedCodes, details);
    }

    public TargetWording naming(List<String> named) {
        String joined = named == null || named.isEmpty() ? null : String.join(LIST_SEPARATOR, named);
        return new TargetWording(section, descriptionZh, descriptionEn, joined, note, alsoInText, relatedCodes, details);
    }

    public TargetWording withNote(String note) {
        return new TargetWording(section, descriptionZh, descriptionEn, namedText, note, alsoInText, relatedCodes, details);
    }

    public TargetWording alsoIn(String alsoInText) {
        return new TargetWording(section, descriptionZh, descriptionEn, namedText, note, alsoInText, relatedCodes, details);
    }

    public TargetWording relatedTo(List<String> codes) {
        String joined = codes == null || codes.isEmpty() ? null : String.join(",", codes);
        return new TargetWording(section, descriptionZh, descriptionEn, namedText, note, alsoInText, joined, details);
    }

    public TargetWording withDetails(String details) {
        return new TargetWording(section, descriptionZh, descriptionEn, namedText, note, alsoInText, relatedCodes, details);
    }

    public List<String> named() {
        return namedText == null ? List.of() : List.of(namedText.split(LIST_SEPARATOR));
    }

    public List<String> relatedCodes() {
        return relatedCodes == null ? List.of() : List.of(relatedCodes.split(","));
    }

    public String getSection() {
        return section;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getNamedText() {
        return namedText;
    }

    public String getNote() {
        return note;
    }

    public String getAlsoInText() {
        return alsoInText;
    }

    public String getDetails() {
        return details;
    }
}
