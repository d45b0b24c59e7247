package io.newsaggregator.app.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeSnippetsTest {
    @TempDir
    Path dir;

    @Test
    void theEmbeddingSnippetsCompileAsPrinted() throws Exception {
        Map<String, String> snippets = ReadmeSnippets.embedSection();
        assertThat(snippets).containsKeys("LatestNews", "OwnRepositories");

        ClassLoader loader = ReadmeSnippets.compile(snippets, dir);

        assertThat(loader.loadClass("LatestNews").getMethod("ingestAndList", javax.sql.DataSource.class, Path.class))
                .isNotNull();
        assertThat(loader.loadClass("OwnRepositories").getMethod("addPortal", javax.sql.DataSource.class)).isNotNull();
    }
}
