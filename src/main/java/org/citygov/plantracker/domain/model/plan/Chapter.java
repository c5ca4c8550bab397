package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** 章 — a chapter of the plan (第三章 提供安全普惠的婴幼儿照护服务). */
@Entity
@Table(name = "chapter")
public class Chapter {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(name = "chapter_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    protected Chapter() {
        // for JPA
    }

    Chapter(Plan plan, int number, String titleZh, String titleEn) {
        if (number < 1) {
            throw new IllegalArgumentException("Chapter numbers start at 1: " + number);
        }
        if (titleZh == null || titleZh.isBlank()) {
            throw new IllegalArgumentException("Chapter " + number + " needs a Chinese title");
        }
        this.plan = Objects.requireNonNull(plan, "plan");
        this.number = number;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    /** The heading as printed: 第十一章 丰富完善公共文化体育供给服务. */
    /** A new version's title. */
    public void retitle(String newTitleZh, String newTitleEn) {
        if (newTitleZh == null || newTitleZh.isBlank()) {
            throw new IllegalArgumentException("Chapter " + number + " needs a Chinese title");
        }
        this.titleZh = newTitleZh;
        this.titleEn = newTitleEn;
    }

    public String headingZh() {
        return "第" + chineseNumeral(number) + "章 " + titleZh;
    }

    static String chineseNumeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
        }
        return Integer.toString(n);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    @Override
    public String toString() {
        return headingZh();
    }
}
