package org.citygov.plantracker.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.user.AccountService;
import org.citygov.plantracker.application.user.AccountService.AccountView;
import org.citygov.plantracker.application.user.AccountService.NewToken;
import org.citygov.plantracker.application.user.AccountService.TokenView;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * account.xhtml — the own account: roles and unit, password change (the only thing shown while a
 * one-time password must be changed), personal API tokens.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService account;

    @Inject
    private java.time.Clock clock;

    private AccountView me;
    private List<TokenView> tokens;
    private String currentPassword;
    private String newPassword;
    private String tokenName;
    private LocalDate tokenExpiresOn;
    /** shown once, right after creation */
    private String newSecret;

    public void load() {
        me = account.me();
        tokens = me.passwordChangeRequired() || me.roles().isEmpty() ? List.of() : account.tokens();
        if (tokenExpiresOn == null) {
            tokenExpiresOn = LocalDate.now(clock).plusMonths(6);
        }
    }

    public void changePassword() throws IOException {
        boolean wasForced = me.passwordChangeRequired();
        account.changePassword(currentPassword, newPassword);
        currentPassword = null;
        newPassword = null;
        AdminFaces.info("account.password.changed");
        load();
        if (wasForced) {
            jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/");
        }
    }

    public void createToken() {
        NewToken created = account.createToken(tokenName, tokenExpiresOn);
        newSecret = created.secret();
        tokenName = null;
        load();
    }

    public void revoke(TokenView token) {
        account.revokeToken(token.id());
        AdminFaces.info("account.token.revoked", token.name());
        newSecret = null;
        load();
    }

    public LocalDate getMaxExpiry() {
        return LocalDate.now(clock).plusYears(1);
    }

    public AccountView getMe() { return me; }
    public List<TokenView> getTokens() { return tokens; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
    public LocalDate getTokenExpiresOn() { return tokenExpiresOn; }
    public void setTokenExpiresOn(LocalDate tokenExpiresOn) { this.tokenExpiresOn = tokenExpiresOn; }
    public String getNewSecret() { return newSecret; }
}
