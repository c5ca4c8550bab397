package org.citygov.plantracker.interfaces.web.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionTest {

    @Test
    void aChineseFileNameHasAnAsciiFallbackAndTheUtf8Name() {
        // six Chinese characters and a space become seven underscores in the fallback
        assertThat(ContentDisposition.attachment("对照规划报告 2023.pdf"))
                .isEqualTo("attachment; filename=\"_______2023.pdf\"; filename*=UTF-8''"
                        + "%E5%AF%B9%E7%85%A7%E8%A7%84%E5%88%92%E6%8A%A5%E5%91%8A%202023.pdf");
    }

    @Test
    void evidenceIsShownInline() {
        assertThat(ContentDisposition.inline("现场照片.jpg")).startsWith("inline; filename=\"____.jpg\"; filename*=UTF-8''")
                .endsWith("%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.jpg");
    }
}
