package org.citygov.plantracker.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One line of the sign-in log (登录日志): who, when, from where, how, with what result. Never a password. */
@Entity
@Table(name = "sign_in_event")
public class SignInEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "username", nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "client_address", nullable = false, length = 64, updatable = false)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 16, updatable = false)
    private SignInMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 32, updatable = false)
    private SignInOutcome outcome;

    @Column(name = "detail", length = 200, updatable = false)
    private String detail;

    protected SignInEvent() {
    }

    public SignInEvent(LocalDateTime occurredAt, String username, String clientAddress, SignInMethod method,
                       SignInOutcome outcome, String detail) {
        this.occurredAt = occurredAt;
        this.username = clip(username == null || username.isBlank() ? "-" : username, 64);
        this.clientAddress = clip(clientAddress == null ? "-" : clientAddress, 64);
        this.method = method;
        this.outcome = outcome;
        this.detail = detail == null ? null : clip(detail, 200);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getUsername() { return username; }
    public String getClientAddress() { return clientAddress; }
    public SignInMethod getMethod() { return method; }
    public SignInOutcome getOutcome() { return outcome; }
    public String getDetail() { return detail; }
}
