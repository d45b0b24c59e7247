package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.error.ConcurrencyConflictException;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.error.DuplicateException;
import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.error.QueryTimeoutException;
import io.newsaggregator.domain.error.UncategorizedDataAccessException;
import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

class DataAccessTranslatorTest {

    private static RuntimeException wrapped(SQLException cause) {
        return new org.hibernate.exception.GenericJDBCException("could not execute statement", cause);
    }

    private static PSQLException postgres(String state, String message, String constraint) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C" + state + "\0M" + message + "\0n" + constraint
                + "\0tarticle\0Dsome detail\0"));
    }

    @ParameterizedTest(name = "SQLSTATE {0} -> {1}")
    @CsvSource({
            "23505, DuplicateException",
            "23503, DataIntegrityException",
            "23502, DataIntegrityException",
            "23514, DataIntegrityException",
            "08001, DataStoreUnavailableException",
            "08006, DataStoreUnavailableException",
            "57P01, DataStoreUnavailableException",
            "40001, ConcurrencyConflictException",
            "40P01, ConcurrencyConflictException",
            "57014, QueryTimeoutException",
            "42P01, UncategorizedDataAccessException",
            "XX000, UncategorizedDataAccessException"})
    void translatesBySqlState(String state, String expected) {
        SQLException cause = new SQLException("failure " + state, state);
        RuntimeException failure = wrapped(cause);

        RuntimeException translated = DataAccessTranslator.translate(failure, "saving Article");

        assertThat(translated.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(translated.getCause()).isSameAs(failure);
        assertThat(translated.getMessage()).startsWith("Saving Article failed: ");
    }

    @Test
    void retryabilityFollowsTheKindOfFailure() {
        assertThat(DataAccessTranslator.translate(wrapped(new SQLException("x", "40001")), "a").getClass())
                .isEqualTo(ConcurrencyConflictException.class);
        assertThat(((io.newsaggregator.domain.error.NewsException) DataAccessTranslator.translate(
                wrapped(new SQLException("x", "40P01")), "a")).isRetryable()).isTrue();
        assertThat(((io.newsaggregator.domain.error.NewsException) DataAccessTranslator.translate(
                wrapped(new SQLException("x", "57014")), "a")).isRetryable()).isTrue();
        assertThat(((io.newsaggregator.domain.error.NewsException) DataAccessTranslator.translate(
                wrapped(new SQLException("x", "23505")), "a")).isRetryable()).isFalse();
    }

    @Test
    void duplicateNamesTheConstraintFromTheServerMessage() {
        RuntimeException failure = new ConstraintViolationException("duplicate",
                postgres("23505", "duplicate key value violates unique constraint", "article_portal_canonical_url_uk"),
                "insert");

        RuntimeException translated = DataAccessTranslator.translate(failure, "saving Article");

        assertThat(translated).isInstanceOfSatisfying(DuplicateException.class,
                e -> assertThat(e.constraint()).contains("article_portal_canonical_url_uk"));
        assertThat(translated.getMessage()).contains("duplicate key value").contains("some detail");
    }

    @Test
    void constraintIsReadFromAPlainMessageWhenTheDriverGivesNoDetails() {
        SQLException plain = new SQLException(
                "ERROR: insert or update on table \"category\" violates foreign key constraint \"category_portal_fk\"", "23503");

        RuntimeException translated = DataAccessTranslator.translate(wrapped(plain), "saving Category");

        assertThat(translated).isInstanceOfSatisfying(DataIntegrityException.class,
                e -> assertThat(e.constraint()).contains("category_portal_fk"));
    }

    @Test
    void batchFailuresAreReadFromTheNextException() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
        batch.setNextException(postgres("23505", "duplicate key", "feed_portal_url_uk"));

        RuntimeException translated = DataAccessTranslator.translate(wrapped(batch), "saving 3 Feed records");

        assertThat(translated).isInstanceOfSatisfying(DuplicateException.class,
                e -> assertThat(e.constraint()).contains("feed_portal_url_uk"));
    }

    @Test
    void hikariTimeoutAndRefusedConnectionsAreUnavailable() {
        SQLTransientConnectionException hikari = new SQLTransientConnectionException(
                "news-persistence - Connection is not available, request timed out after 1000ms.");
        hikari.initCause(new PSQLException("Connection to localhost:5432 refused", null, new ConnectException("refused")));
        RuntimeException failure = new JDBCConnectionException("Unable to acquire JDBC Connection", hikari);

        RuntimeException translated = DataAccessTranslator.translate(failure, "running a unit of work");

        assertThat(translated).isInstanceOf(DataStoreUnavailableException.class);
        assertThat(((DataStoreUnavailableException) translated).isRetryable()).isTrue();
        assertThat(translated.getCause()).isSameAs(failure);
        assertThat(translated.getMessage()).contains("cannot be reached");
    }

    @Test
    void hibernateFailuresWithoutSqlStateAreUncategorized() {
        RuntimeException failure = new org.hibernate.HibernateException("session is closed");

        assertThat(DataAccessTranslator.translate(failure, "reading")).isInstanceOf(UncategorizedDataAccessException.class);
    }

    @Test
    void theCallersOwnExceptionsAndDomainExceptionsPassUnchanged() {
        IllegalStateException own = new IllegalStateException("parser failed");
        NotFoundException notFound = new NotFoundException("Article", 7L);

        assertThat(DataAccessTranslator.translate(own, "a")).isSameAs(own);
        assertThat(DataAccessTranslator.translate(notFound, "a")).isSameAs(notFound);
        assertThat(DataAccessTranslator.translate(new QueryTimeoutException("t", null), "a")).isInstanceOf(QueryTimeoutException.class);
    }
}
