package org.citygov.plantracker.domain.model.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** A source of money in the catalogue (中央预算内投资, 地方政府专项债券, 社会资本/PPP …). */
@Entity
@Table(name = "funding_source")
public class FundingSource {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32)
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

    @Version
    private long version;

    protected FundingSource() {
    }

    public FundingSource(String code, String nameZh, String nameEn, boolean government, int sortOrder) {
        this.code = Objects.requireNonNull(code);
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.government = government;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public boolean isGovernment() { return government; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }
}
