package org.citygov.plantracker.interfaces.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.library.LibraryReadiness;
import org.citygov.plantracker.application.library.LibraryRounds;
import org.citygov.plantracker.application.library.RoundOpening;
import org.citygov.plantracker.application.library.RoundView;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.user.Role;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The library's rounds (library/rounds.xhtml): the list, opening a round (city), the funding share (city, admin). */
@Named
@ViewScoped
public class RoundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibraryRounds rounds;

    @Inject
    private LibraryReadiness readiness;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private List<RoundView> list;
    private boolean city;
    private boolean settingsEditor;
    private String code;
    private String nameZh;
    private String nameEn;
    private Integer fiscalYear;
    private LocalDate deadline;
    private BigDecimal sharePercent;
    private long settingsVersion;

    @PostConstruct
    void init() {
        city = currentUser.hasRole(Role.CITY_GOV);
        settingsEditor = city || currentUser.hasRole(Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        fiscalYear = today.getYear() + 1;
        code = String.valueOf(fiscalYear);
        nameZh = fiscalYear + " 年度滚动调整";
        nameEn = fiscalYear + " rolling adjustment";
        deadline = today.plusDays(30);
        reload();
    }

    private void reload() {
        list = rounds.list();
        LibraryReadiness.SettingsView settings = readiness.settings();
        sharePercent = settings.startFundingShare().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        settingsVersion = settings.version();
    }

    public String open() {
        RoundView view = rounds.open(new RoundOpening(code, nameZh, nameEn, fiscalYear, deadline, null));
        LibraryPages.info("library.round.opened", view.code());
        return "/library/round?faces-redirect=true&code=" + view.code();
    }

    public void saveSettings() {
        BigDecimal share = sharePercent == null ? null : sharePercent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        LibraryReadiness.SettingsView saved = readiness.changeSettings(share, settingsVersion);
        settingsVersion = saved.version();
        LibraryPages.now("library.settings.saved", sharePercent.stripTrailingZeros().toPlainString());
    }

    public List<RoundView> getList() { return list; }
    public boolean isCity() { return city; }
    public boolean isSettingsEditor() { return settingsEditor; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Integer getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public BigDecimal getSharePercent() { return sharePercent; }
    public void setSharePercent(BigDecimal sharePercent) { this.sharePercent = sharePercent; }
}
