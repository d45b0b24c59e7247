package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.IngestRunStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Table row of an ingest run, counts flattened into columns. */
@Entity(name = "IngestRun")
@Table(name = "ingest_run")
class IngestRunEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ingest_run_seq")
    @SequenceGenerator(name = "ingest_run_seq", sequenceName = "ingest_run_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IngestRunStatus status;

    @Column(nullable = false)
    private int sourcesOk;

    @Column(nullable = false)
    private int sourcesFailed;

    @Column(nullable = false)
    private int sourcesNotModified;

    @Column(nullable = false)
    private int sourcesSkipped;

    @Column(nullable = false)
    private int articlesDiscovered;

    @Column(nullable = false)
    private int articlesNew;

    @Column(nullable = false)
    private int articlesUpdated;

    @Column(nullable = false)
    private int articlesUnchanged;

    @Column(nullable = false)
    private int articlesFailed;

    private String message;

    private Instant heartbeatAt;

    private Integer leaseKey;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    public IngestRunStatus getStatus() {
        return status;
    }

    public void setStatus(IngestRunStatus status) {
        this.status = status;
    }

    public int getSourcesOk() {
        return sourcesOk;
    }

    public void setSourcesOk(int sourcesOk) {
        this.sourcesOk = sourcesOk;
    }

    public int getSourcesFailed() {
        return sourcesFailed;
    }

    public void setSourcesFailed(int sourcesFailed) {
        this.sourcesFailed = sourcesFailed;
    }

    public int getSourcesNotModified() {
        return sourcesNotModified;
    }

    public void setSourcesNotModified(int sourcesNotModified) {
        this.sourcesNotModified = sourcesNotModified;
    }

    public int getSourcesSkipped() {
        return sourcesSkipped;
    }

    public void setSourcesSkipped(int sourcesSkipped) {
        this.sourcesSkipped = sourcesSkipped;
    }

    public int getArticlesDiscovered() {
        return articlesDiscovered;
    }

    public void setArticlesDiscovered(int articlesDiscovered) {
        this.articlesDiscovered = articlesDiscovered;
    }

    public int getArticlesNew() {
        return articlesNew;
    }

    public void setArticlesNew(int articlesNew) {
        this.articlesNew = articlesNew;
    }

    public int getArticlesUpdated() {
        return articlesUpdated;
    }

    public void setArticlesUpdated(int articlesUpdated) {
        this.articlesUpdated = articlesUpdated;
    }

    public int getArticlesUnchanged() {
        return articlesUnchanged;
    }

    public void setArticlesUnchanged(int articlesUnchanged) {
        this.articlesUnchanged = articlesUnchanged;
    }

    public int getArticlesFailed() {
        return articlesFailed;
    }

    public void setArticlesFailed(int articlesFailed) {
        this.articlesFailed = articlesFailed;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public void setHeartbeatAt(Instant heartbeatAt) {
        this.heartbeatAt = heartbeatAt;
    }

    public Integer getLeaseKey() {
        return leaseKey;
    }

    public void setLeaseKey(Integer leaseKey) {
        this.leaseKey = leaseKey;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
