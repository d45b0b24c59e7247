package io.newsaggregator.persistence;

import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.UnitOfWork;
import java.sql.Statement;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Hibernate session and one transaction per unit: committed when the work returns, rolled back
 * when it throws. A unit started from inside a running unit on the same thread joins it.
 */
final class JpaUnitOfWork implements UnitOfWork {
    private static final Logger log = LoggerFactory.getLogger(JpaUnitOfWork.class);

    private record ActiveUnit(Repositories repositories, boolean readOnly) {
    }

    private final SessionFactory sessionFactory;
    private final TableNames names;
    private final int batchSize;
    private final SlowStatementLog slowLog;
    private final ThreadLocal<ActiveUnit> active = new ThreadLocal<>();

    JpaUnitOfWork(SessionFactory sessionFactory, TableNames names, int batchSize, SlowStatementLog slowLog) {
        this.sessionFactory = sessionFactory;
        this.names = names;
        this.batchSize = batchSize;
        this.slowLog = slowLog;
    }

    @Override
    public <R> R execute(Function<Repositories, R> work) {
        return inUnit(work, false);
    }

    @Override
    public <R> R readOnly(Function<Repositories, R> work) {
        return inUnit(work, true);
    }

    private <R> R inUnit(Function<Repositories, R> work, boolean readOnly) {
        Objects.requireNonNull(work, "work");
        ActiveUnit outer = active.get();
        if (outer != null) {
            if (outer.readOnly() && !readOnly) {
                throw new IllegalStateException("execute() was called inside readOnly(); start the writing unit outside it");
            }
            return work.apply(outer.repositories());
        }
        long started = System.nanoTime();
        Session session = open();
        Transaction transaction = null;
        try (session) {
            transaction = session.beginTransaction();
            if (readOnly) {
                session.setDefaultReadOnly(true);
                session.doWork(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("set transaction read only");
                    }
                });
            }
            active.set(new ActiveUnit(new JpaRepositories(session, names, batchSize, slowLog), readOnly));
            R result = work.apply(active.get().repositories());
            session.flush();
            transaction.commit();
            log.debug("{} unit of work committed in {} ms", readOnly ? "Read-only" : "Writing", millisSince(started));
            return result;
        } catch (RuntimeException e) {
            rollback(transaction, e, readOnly, started);
            throw DataAccessTranslator.translate(e, "running a unit of work");
        } catch (Error e) {
            rollback(transaction, e, readOnly, started);
            throw e;
        } finally {
            active.remove();
        }
    }

    private Session open() {
        try {
            return sessionFactory.openSession();
        } catch (RuntimeException e) {
            throw DataAccessTranslator.translate(e, "opening a database session");
        }
    }

    private static void rollback(Transaction transaction, Throwable cause, boolean readOnly, long started) {
        if (transaction != null && transaction.isActive()) {
            try {
                transaction.rollback();
            } catch (RuntimeException rollbackFailure) {
                cause.addSuppressed(rollbackFailure);
            }
        }
        log.debug("{} unit of work rolled back after {} ms: {}", readOnly ? "Read-only" : "Writing",
                millisSince(started), cause.toString());
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
