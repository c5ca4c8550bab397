package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import org.citygov.plantracker.domain.model.progress.EvidenceFile;
import org.citygov.plantracker.domain.model.progress.ProgressReport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A filed monthly report. Amounts in yuan; {@code month} as yyyy-MM. */
public record MonthlyReportView(Long id, String projectCode, String month, BigDecimal investmentThisMonth,
                         BigDecimal cumulativeInvestment, String correctionNote, BigDecimal physicalProgress,
                         String problems, List<Coordination> coordination, List<Evidence> evidence,
                         String submittedBy, LocalDateTime submittedAt, LocalDate dueDate, boolean late, long version)
                                 implements Serializable {

    public record Coordination(String department, String request) implements Serializable {
    }

    public record Evidence(Long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                           LocalDateTime uploadedAt) implements Serializable {
        static Evidence of(EvidenceFile e) {
            return new Evidence(e.getId(), e.getFileName(), e.getType().contentType(), e.getSizeBytes(),
                    e.getUploadedBy(), e.getUploadedAt());
        }
    }

    public static MonthlyReportView of(ProgressReport r) {
        return new MonthlyReportView(r.getId(), r.getProject().getCode().value(), r.month().toString(),
                r.getInvestmentThisMonth(), r.getCumulativeInvestment(), r.getCorrectionNote(), r.getPhysicalProgress(),
                r.getProblems(),
                r.getCoordination().stream().map(c -> new Coordination(c.getDepartment(), c.getRequest())).toList(),
                r.getEvidence().stream().map(Evidence::of).toList(),
                r.getSubmittedBy(), r.getSubmittedAt(), r.getDueDate(), r.isLate(), r.getVersion());
    }
}
