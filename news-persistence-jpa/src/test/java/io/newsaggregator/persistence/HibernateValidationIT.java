package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class HibernateValidationIT {

    @Test
    void sessionFactoryValidatesAgainstTheMigratedSchema() {
        TestDatabase.Schema schema = TestDatabase.shared().freshSchema("");
        try (JpaPersistence persistence = JpaPersistence.start(schema.settings())) {
            long portals = persistence.unitOfWork().readOnly(r -> r.portals().count(
                    io.newsaggregator.domain.query.Query.of(io.newsaggregator.domain.model.Portal.class)));
            assertThat(portals).isZero();
        } finally {
            schema.drop();
        }
    }

    @Test
    void startFailsWithAReadableMessageOnAnUnmigratedSchema() {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        try {
            assertThatThrownBy(() -> JpaPersistence.start(schema.settings()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(schema.name());
        } finally {
            schema.drop();
        }
    }
}
