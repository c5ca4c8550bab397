package org.citygov.plantracker.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.place.JurisdictionQueries;
import org.citygov.plantracker.application.user.AdminViews.LeadUnitChange;
import org.citygov.plantracker.application.user.AdminViews.LeadUnitView;
import org.citygov.plantracker.application.user.AdminViews.NewLeadUnit;
import org.citygov.plantracker.application.user.UserAdministration;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;

import java.io.Serializable;
import java.util.List;

/** admin/lead-units.xhtml — lead units 项目单位: add, rename, place in a 区县(市), retire. */
@Named
@ViewScoped
public class LeadUnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration administration;

    @Inject
    private JurisdictionQueries jurisdictions;

    private List<LeadUnitView> units;
    private List<DistrictOption> districts;
    private boolean adding;
    private Long version;
    private String code;
    private String nameZh;
    private String nameEn;
    private String district;
    private boolean retired;

    public void load() {
        units = administration.leadUnits();
        districts = jurisdictions.list(JurisdictionLevel.DISTRICT, null).stream()
                .map(j -> new DistrictOption(j.code(), j.nameZh(), j.nameEn())).toList();
    }

    /** A 区县(市) to choose from. */
    public record DistrictOption(String code, String nameZh, String nameEn) implements Serializable {
    }

    public void startAdd() {
        adding = true;
        version = null;
        code = null;
        nameZh = null;
        nameEn = null;
        district = null;
        retired = false;
    }

    public void startEdit(LeadUnitView u) {
        adding = false;
        version = u.version();
        code = u.code();
        nameZh = u.nameZh();
        nameEn = u.nameEn();
        district = u.district();
        retired = u.retired();
    }

    public void save() {
        if (adding) {
            administration.createLeadUnit(new NewLeadUnit(code, nameZh, nameEn, district));
            AdminFaces.info("admin.unit.created", code);
        } else {
            administration.updateLeadUnit(code, new LeadUnitChange(version, nameZh, nameEn == null ? "" : nameEn,
                    district == null ? "" : district, retired));
            AdminFaces.info("admin.unit.saved", code);
        }
        load();
    }

    public List<LeadUnitView> getUnits() { return units; }
    public List<DistrictOption> getDistricts() { return districts; }
    public boolean isAdding() { return adding; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public boolean isRetired() { return retired; }
    public void setRetired(boolean retired) { this.retired = retired; }
}
