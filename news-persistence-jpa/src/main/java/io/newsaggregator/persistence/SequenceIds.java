package io.newsaggregator.persistence;

import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.Generator;

/**
 * Draws ids for native inserts from the entity's own Hibernate generator, so native and ORM inserts
 * share one pooled optimizer (one sequence call per 50 ids) and can never hand out the same id.
 */
final class SequenceIds {
    private final SharedSessionContractImplementor session;
    private final BeforeExecutionGenerator generator;

    SequenceIds(Session session, Class<?> entityClass) {
        this.session = session.unwrap(SharedSessionContractImplementor.class);
        Generator found = this.session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entityClass).getGenerator();
        if (!(found instanceof BeforeExecutionGenerator before)) {
            throw new IllegalStateException(entityClass.getSimpleName() + " ids are not drawn before insert");
        }
        this.generator = before;
    }

    long next() {
        return ((Number) generator.generate(session, null, null, EventType.INSERT)).longValue();
    }
}
