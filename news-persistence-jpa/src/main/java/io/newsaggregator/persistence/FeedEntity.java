package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.FeedKind;
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

/** Table row of a feed, section page or sitemap. */
@Entity(name = "Feed")
@Table(name = "feed")
class FeedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_seq")
    @SequenceGenerator(name = "feed_seq", sequenceName = "feed_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Long portalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedKind kind;

    @Column(nullable = false)
    private String url;

    private String categoryCode;

    private String linkSelector;

    private String etag;

    private String lastModified;

    private String contentHash;

    private Instant lastFetchedAt;

    @Column(nullable = false)
    private int consecutiveFailures;

    private Instant quarantinedUntil;

    private String lastError;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPortalId() {
        return portalId;
    }

    public void setPortalId(Long portalId) {
        this.portalId = portalId;
    }

    public FeedKind getKind() {
        return kind;
    }

    public void setKind(FeedKind kind) {
        this.kind = kind;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getLinkSelector() {
        return linkSelector;
    }

    public void setLinkSelector(String linkSelector) {
        this.linkSelector = linkSelector;
    }

    public String getEtag() {
        return etag;
    }

    public void setEtag(String etag) {
        this.etag = etag;
    }

    public String getLastModified() {
        return lastModified;
    }

    public void setLastModified(String lastModified) {
        this.lastModified = lastModified;
    }

    public String getContentHash() {
        return contentHash;
    }

    public void setContentHash(String contentHash) {
        this.contentHash = contentHash;
    }

    public Instant getLastFetchedAt() {
        return lastFetchedAt;
    }

    public void setLastFetchedAt(Instant lastFetchedAt) {
        this.lastFetchedAt = lastFetchedAt;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public void setConsecutiveFailures(int consecutiveFailures) {
        this.consecutiveFailures = consecutiveFailures;
    }

    public Instant getQuarantinedUntil() {
        return quarantinedUntil;
    }

    public void setQuarantinedUntil(Instant quarantinedUntil) {
        this.quarantinedUntil = quarantinedUntil;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }
}
