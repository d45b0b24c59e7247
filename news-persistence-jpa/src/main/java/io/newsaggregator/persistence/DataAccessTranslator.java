package io.newsaggregator.persistence;

import io.newsaggregator.domain.error.ConcurrencyConflictException;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.error.DuplicateException;
import io.newsaggregator.domain.error.NewsException;
import io.newsaggregator.domain.error.QueryTimeoutException;
import io.newsaggregator.domain.error.UncategorizedDataAccessException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.HibernateException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns what Hibernate, HikariCP and the PostgreSQL driver throw into the domain's exception tree,
 * by the SQLSTATE found in the cause chain. Exceptions that did not come from the data store
 * (the caller's own, bad arguments) are returned unchanged.
 */
final class DataAccessTranslator {
    private static final Pattern QUOTED_CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

    private DataAccessTranslator() {
    }

    /**
     * @param failure what was thrown
     * @param action  what we were doing, for the message ("saving Article")
     * @return the exception to throw: a {@link NewsException} for data store failures, else {@code failure}
     */
    static RuntimeException translate(RuntimeException failure, String action) {
        if (failure instanceof NewsException) {
            return failure;
        }
        List<Throwable> chain = causeChain(failure);
        List<SQLException> sqlErrors = chain.stream()
                .filter(SQLException.class::isInstance).map(SQLException.class::cast).toList();
        if (isConnectionFailure(chain, sqlErrors)) {
            return new DataStoreUnavailableException(
                    capitalize(action) + " failed: the database cannot be reached (" + rootMessage(chain) + ")", failure);
        }
        if (sqlErrors.isEmpty()) {
            if (isPersistenceFailure(chain)) {
                return new UncategorizedDataAccessException(capitalize(action) + " failed: " + rootMessage(chain), failure);
            }
            return failure;
        }
        String state = sqlState(sqlErrors);
        String constraint = constraintName(sqlErrors);
        String detail = databaseMessage(sqlErrors);
        String message = capitalize(action) + " failed: " + detail;
        return switch (state == null ? "" : state) {
            case "23505" -> new DuplicateException(message, constraint, failure);
            case "23503", "23502", "23514", "23P01", "23000", "23001" ->
                    new DataIntegrityException(message, constraint, failure);
            case "40001", "40P01", "55P03" -> new ConcurrencyConflictException(message, failure);
            case "57014" -> new QueryTimeoutException(message, failure);
            default -> state.startsWith("23")
                    ? new DataIntegrityException(message, constraint, failure)
                    : new UncategorizedDataAccessException(message + " (SQLSTATE " + state + ")", failure);
        };
    }

    private static boolean isConnectionFailure(List<Throwable> chain, List<SQLException> sqlErrors) {
        for (Throwable t : chain) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.contains("Connection is not available")) {
                return true; // HikariCP's pool timeout when no connection can be made
            }
        }
        for (SQLException e : sqlErrors) {
            String state = e.getSQLState();
            // 08: connection exception; 57P01-57P03: server shutting down or starting; 53300: too many connections
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03") || state.equals("53300"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersistenceFailure(List<Throwable> chain) {
        return chain.stream().anyMatch(t -> t instanceof HibernateException
                || t instanceof jakarta.persistence.PersistenceException);
    }

    private static String sqlState(List<SQLException> sqlErrors) {
        for (SQLException e : sqlErrors) {
            if (e.getSQLState() != null && !e.getSQLState().isEmpty()) {
                return e.getSQLState();
            }
        }
        return null;
    }

    static String constraintName(List<SQLException> sqlErrors) {
        for (SQLException e : sqlErrors) {
            if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
        }
        for (SQLException e : sqlErrors) {
            if (e.getMessage() != null) {
                Matcher m = QUOTED_CONSTRAINT.matcher(e.getMessage());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static String databaseMessage(List<SQLException> sqlErrors) {
        for (SQLException e : sqlErrors) {
            if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                StringBuilder text = new StringBuilder(String.valueOf(server.getMessage()));
                if (server.getDetail() != null) {
                    text.append(" (").append(server.getDetail()).append(')');
                }
                if (server.getTable() != null) {
                    text.append(" [table ").append(server.getTable());
                    if (server.getColumn() != null) {
                        text.append(", column ").append(server.getColumn());
                    }
                    text.append(']');
                }
                return text.toString();
            }
        }
        SQLException last = sqlErrors.get(sqlErrors.size() - 1);
        return String.valueOf(last.getMessage());
    }

    /** The cause chain, following {@link SQLException#getNextException()} too, where batches hide the real error. */
    static List<Throwable> causeChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> todo = new ArrayList<>(List.of(failure));
        while (!todo.isEmpty() && chain.size() < 64) {
            Throwable t = todo.remove(0);
            if (t == null || seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            chain.add(t);
            todo.add(t.getCause());
            if (t instanceof SQLException sql) {
                todo.add(sql.getNextException());
            }
        }
        return chain;
    }

    private static String rootMessage(List<Throwable> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).getMessage() != null) {
                return chain.get(i).getMessage();
            }
        }
        return chain.get(0).getClass().getSimpleName();
    }

    private static String capitalize(String action) {
        return action.isEmpty() ? action : Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
