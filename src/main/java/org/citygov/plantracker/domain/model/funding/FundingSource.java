package org.citygov.plantracker.domain.model.funding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A source of money in the catalogue (中央预算内投资, 地方政府专项债券, 社会资本/PPP …), kept by the
 * finance bureau and the administrators. A source may be limited to some project categories; with
 * no limit it may pay for any. A retired source takes no new requests; its old lines stay.
 */
@Entity
@Table(name = "funding_source")
public class FundingSource {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    /** Government money (财政性资金) as opposed to market money (loans, social capital). */
    @Column(name = "government", nullable = false)
    private boolean government;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** Categories this source may pay for; empty means any category. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_source_category", joinColumns = @JoinColumn(name = "source_id"))
    @Column(name = "category", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Category> allowedCategories = EnumSet.noneOf(Category.class);

    @Version
    private long version;

    protected FundingSource() {
    }

    public FundingSource(String code, String nameZh, String nameEn, boolean government, int sortOrder) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("code", "funding.sourceCodeFormat",
                    "A source code is 2–32 upper-case letters, digits or '_', starting with a letter", code);
        }
        this.code = code;
        describe(nameZh, nameEn, government, sortOrder);
    }

    /** Names, the government/market flag and the place in lists, checked together. */
    public void describe(String nameZh, String nameEn, boolean government, int sortOrder) {
        List<Violation> problems = new ArrayList<>();
        if (nameZh == null || nameZh.isBlank() || nameZh.trim().length() > 100) {
            problems.add(new Violation("nameZh", "funding.sourceNameZh", "The Chinese name is required (at most 100 characters)"));
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.trim().length() > 100) {
            problems.add(new Violation("nameEn", "funding.sourceNameEn", "The English name is required (at most 100 characters)"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.nameZh = nameZh.trim();
        this.nameEn = nameEn.trim();
        this.government = government;
        this.sortOrder = sortOrder;
    }

    /** Limits the source to these categories; an empty collection lifts the limit. */
    public void allowOnlyFor(Collection<Category> categories) {
        this.allowedCategories.clear();
        if (categories != null) {
            this.allowedCategories.addAll(categories);
        }
    }

    public boolean isAllowedFor(Category category) {
        return allowedCategories.isEmpty() || allowedCategories.contains(category);
    }

    /** No new requests against this source; existing lines keep it. */
    public void retire() {
        this.active = false;
    }

    public void reinstate() {
        this.active = true;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public boolean isGovernment() { return government; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }

    /** Empty when the source may pay for any category. */
    public Set<Category> getAllowedCategories() {
        return Collections.unmodifiableSet(allowedCategories.isEmpty() ? EnumSet.noneOf(Category.class)
                : EnumSet.copyOf(allowedCategories));
    }

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }

    @Override
    public String toString() {
        return code;
    }
}
