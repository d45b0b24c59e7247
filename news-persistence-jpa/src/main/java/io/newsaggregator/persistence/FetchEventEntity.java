package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.FetchErrorClass;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
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

/** Table row of one fetch. */
@Entity(name = "FetchEvent")
@Table(name = "fetch_event")
class FetchEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fetch_event_seq")
    @SequenceGenerator(name = "fetch_event_seq", sequenceName = "fetch_event_seq", allocationSize = 50)
    private Long id;

    private Long runId;

    @Column(nullable = false)
    private Long portalId;

    private Long feedId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FetchTarget target;

    @Column(nullable = false)
    private String url;

    private Integer httpStatus;

    @Column(nullable = false)
    private long bytes;

    @Column(nullable = false)
    private long durationMillis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FetchOutcome outcome;

    @Enumerated(EnumType.STRING)
    private FetchErrorClass errorClass;

    private String reason;

    @Column(nullable = false)
    private Instant occurredAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public Long getPortalId() {
        return portalId;
    }

    public void setPortalId(Long portalId) {
        this.portalId = portalId;
    }

    public Long getFeedId() {
        return feedId;
    }

    public void setFeedId(Long feedId) {
        this.feedId = feedId;
    }

    public FetchTarget getTarget() {
        return target;
    }

    public void setTarget(FetchTarget target) {
        this.target = target;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public void setHttpStatus(Integer httpStatus) {
        this.httpStatus = httpStatus;
    }

    public long getBytes() {
        return bytes;
    }

    public void setBytes(long bytes) {
        this.bytes = bytes;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    public void setDurationMillis(long durationMillis) {
        this.durationMillis = durationMillis;
    }

    public FetchOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FetchOutcome outcome) {
        this.outcome = outcome;
    }

    public FetchErrorClass getErrorClass() {
        return errorClass;
    }

    public void setErrorClass(FetchErrorClass errorClass) {
        this.errorClass = errorClass;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }
}
