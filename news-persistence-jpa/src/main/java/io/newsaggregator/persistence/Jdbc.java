package io.newsaggregator.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One short transaction on a connection of the data source, committed whether or not the pool auto-commits. */
final class Jdbc {
    private Jdbc() {
    }

    static <R> R work(DataSource dataSource, String action, NativeStatements.Work<R> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean manual = !c.getAutoCommit();
            try {
                R result = work.run(c);
                if (manual) {
                    c.commit();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                if (manual) {
                    c.rollback();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw DataAccessTranslator.translate(new IllegalStateException(e), action);
        } catch (RuntimeException e) {
            throw DataAccessTranslator.translate(e, action);
        }
    }
}
