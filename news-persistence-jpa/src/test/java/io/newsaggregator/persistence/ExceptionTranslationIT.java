package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.error.DuplicateException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.migrations.NewsMigrations;
import io.newsaggregator.persistence.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExceptionTranslationIT extends JpaTestSupport {

    @Test
    void duplicateCanonicalUrlIsADuplicateNamingTheConstraint() {
        PortalId portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        Article article = Fixtures.article(portal, "Twice", Fixtures.T0);
        uow.run(r -> r.articles().save(article));

        assertThatThrownBy(() -> uow.run(r -> r.articles().save(article)))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.constraint()).contains("article_portal_canonical_url_uk");
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getCause()).isNotNull();
                })
                .hasMessageContaining("article_portal_canonical_url_uk")
                .hasMessageContaining("Saving Article");
    }

    @Test
    void danglingForeignKeyIsADataIntegrityFailure() {
        assertThatThrownBy(() -> uow.run(r -> r.categories().save(Category.create(PortalId.of(999_999_999L), "x", "X"))))
                .isInstanceOfSatisfying(DataIntegrityException.class, e -> {
                    assertThat(e).isNotInstanceOf(DuplicateException.class);
                    assertThat(e.constraint()).contains("category_portal_fk");
                });
    }

    @Test
    void stoppedDatabaseIsUnavailableAndRetryable() throws Exception {
        EmbeddedPostgres server = TestDatabase.startEmbedded();
        String url = server.getJdbcUrl("postgres", "postgres");
        JpaPersistence doomed;
        try {
            new NewsMigrations(server.getPostgresDatabase(), "public", "").migrate();
            doomed = JpaPersistence.start(PersistenceSettings.forUrl(url, "postgres", null)
                    .withPoolSize(2).withConnectionTimeout(Duration.ofSeconds(1)));
            assertThat(doomed.unitOfWork().<Long>readOnly(r -> r.portals().count(Query.of(Portal.class)))).isZero();
        } finally {
            server.close();
        }
        try (JpaPersistence persistence = doomed) {
            assertThatThrownBy(() -> persistence.unitOfWork().readOnly(r -> r.portals().count(Query.of(Portal.class))))
                    .isInstanceOfSatisfying(DataStoreUnavailableException.class,
                            e -> assertThat(e.isRetryable()).isTrue())
                    .hasMessageContaining("cannot be reached");
        }
    }
}
