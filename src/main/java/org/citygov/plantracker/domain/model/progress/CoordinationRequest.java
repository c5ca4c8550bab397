package org.citygov.plantracker.domain.model.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** 协调事项 — what a project office asks a department (市自然资源和规划局, 市财政局 …) to resolve. */
@Embeddable
public class CoordinationRequest {

    public static final int MAX_DEPARTMENT = 200;
    public static final int MAX_TEXT = 2000;

    @Column(name = "department", nullable = false, length = MAX_DEPARTMENT)
    private String department;

    @Column(name = "request_text", nullable = false, length = MAX_TEXT)
    private String request;

    protected CoordinationRequest() {
    }

    public CoordinationRequest(String department, String request) {
        this.department = department == null ? null : department.trim();
        this.request = request == null ? null : request.trim();
    }

    public String getDepartment() { return department; }
    public String getRequest() { return request; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoordinationRequest other && Objects.equals(department, other.department)
                && Objects.equals(request, other.request);
    }

    @Override
    public int hashCode() {
        return Objects.hash(department, request);
    }
}
