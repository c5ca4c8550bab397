package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One project of a carry-over: its program before and after, and its re-linked outputs. */
@Entity
@Table(name = "carry_over_item")
public class CarryOverItem {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "carry_over_id", nullable = false, updatable = false)
    private CarryOver carryOver;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "project_code", nullable = false, length = 40, updatable = false)
    private String projectCode;

    @Column(name = "from_program_code", nullable = false, length = 32, updatable = false)
    private String fromProgramCode;

    @Column(name = "to_program_code", nullable = false, length = 32, updatable = false)
    private String toProgramCode;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CarryOverLink> links = new ArrayList<>();

    protected CarryOverItem() {
    }

    CarryOverItem(CarryOver carryOver, Long projectId, String projectCode, String fromProgramCode,
                  String toProgramCode) {
        this.carryOver = carryOver;
        this.projectId = projectId;
        this.projectCode = projectCode;
        this.fromProgramCode = fromProgramCode;
        this.toProgramCode = toProgramCode;
    }

    public void relinked(Long outputId, String fromTarget, String toTarget) {
        links.add(new CarryOverLink(this, outputId, fromTarget, toTarget));
    }

    public Long getId() { return id; }
    public CarryOver getCarryOver() { return carryOver; }
    public Long getProjectId() { return projectId; }
    public String getProjectCode() { return projectCode; }
    public String getFromProgramCode() { return fromProgramCode; }
    public String getToProgramCode() { return toProgramCode; }
    public List<CarryOverLink> getLinks() { return Collections.unmodifiableList(links); }
}
