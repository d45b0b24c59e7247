package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.DataAccessException;
import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class UnitOfWorkIT extends JpaTestSupport {

    @Test
    void workSpanningTwoRepositoriesCommitsTogether() {
        Portal portal = Fixtures.portal();

        Category category = uow.execute(r -> {
            PortalId id = r.portals().save(portal).id();
            return r.categories().save(Category.create(id, "world", "World"));
        });

        assertThat(uow.<Optional<Portal>>readOnly(r -> r.portals().findByCode(portal.code()))).isPresent();
        assertThat(uow.<Optional<Category>>readOnly(r -> r.categories().findById(category.id()))).contains(category);
    }

    @Test
    void anExceptionInTheMiddleRollsBackBothAndKeepsTheOriginal() {
        Portal portal = Fixtures.portal();
        AtomicReference<Category> savedCategory = new AtomicReference<>();
        IllegalStateException failure = new IllegalStateException("feed parser gave up");

        assertThatThrownBy(() -> uow.run(r -> {
            PortalId id = r.portals().save(portal).id();
            savedCategory.set(r.categories().save(Category.create(id, "sport", "Sport")));
            throw failure;
        })).isSameAs(failure);

        assertThat(uow.<Optional<Portal>>readOnly(r -> r.portals().findByCode(portal.code()))).isEmpty();
        assertThat(uow.<Optional<Category>>readOnly(r -> r.categories().findById(savedCategory.get().id()))).isEmpty();
    }

    @Test
    void aDatabaseFailureRollsBackAndIsTranslatedWithItsCause() {
        Portal portal = Fixtures.portal();

        assertThatThrownBy(() -> uow.run(r -> {
            r.portals().save(portal);
            r.portals().save(Portal.create(portal.code(), "Clone", "https://clone.example/", null));
        })).isInstanceOf(DataAccessException.class).hasRootCauseInstanceOf(java.sql.SQLException.class);

        assertThat(uow.<Optional<Portal>>readOnly(r -> r.portals().findByCode(portal.code()))).isEmpty();
    }

    @Test
    void nestedExecuteJoinsTheOuterUnit() {
        Portal portal = Fixtures.portal();
        AtomicReference<Object> innerRepositories = new AtomicReference<>();

        assertThatThrownBy(() -> uow.run(outer -> {
            uow.run(inner -> {
                innerRepositories.set(inner);
                inner.portals().save(portal);
            });
            assertThat(innerRepositories.get()).isSameAs(outer);
            assertThat(outer.portals().findByCode(portal.code())).as("visible to the outer work").isPresent();
            throw new IllegalStateException("outer fails after inner returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(uow.<Optional<Portal>>readOnly(r -> r.portals().findByCode(portal.code())))
                .as("the inner work was rolled back with the outer unit").isEmpty();
    }

    @Test
    void readOnlyUnitRefusesWrites() {
        Portal portal = Fixtures.portal();

        assertThatThrownBy(() -> uow.readOnly(r -> r.portals().save(portal)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> uow.readOnly(r -> uow.execute(w -> w.portals().save(portal))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(uow.<Optional<Portal>>readOnly(r -> r.portals().findByCode(portal.code()))).isEmpty();
    }
}
