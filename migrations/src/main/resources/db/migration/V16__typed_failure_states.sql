-- Failure states as words of a closed set instead of strings to be parsed.
--
-- 1. A failed analysis was marked by a "failed:" prefix on analyser_version; it becomes an outcome
--    column (ANALYSED or FAILED) and analyser_version keeps the bare version of the analyser.
ALTER TABLE ${schema}.${prefix}article_analysis
    ADD COLUMN outcome varchar(16) NOT NULL DEFAULT 'ANALYSED';

UPDATE ${schema}.${prefix}article_analysis
   SET outcome = 'FAILED', analyser_version = substr(analyser_version, length('failed:') + 1)
 WHERE analyser_version LIKE 'failed:%';

ALTER TABLE ${schema}.${prefix}article_analysis
    ADD CONSTRAINT ${prefix}article_analysis_outcome_ck CHECK (outcome IN ('ANALYSED', 'FAILED'));

-- 2. fetch_event.error_class held, besides the fetch failure reasons, the simple Java class name of
--    other failures ("DataIntegrityException"). Those become the words of FetchErrorClass; anything
--    not among them becomes UNEXPECTED_ERROR (its reason column still says what happened).
UPDATE ${schema}.${prefix}fetch_event
   SET error_class = CASE error_class
           WHEN 'DuplicateException' THEN 'DUPLICATE'
           WHEN 'DataIntegrityException' THEN 'DATA_INTEGRITY'
           WHEN 'DataStoreUnavailableException' THEN 'DATA_STORE_UNAVAILABLE'
           WHEN 'ConcurrencyConflictException' THEN 'CONCURRENCY_CONFLICT'
           WHEN 'QueryTimeoutException' THEN 'QUERY_TIMEOUT'
           WHEN 'NotFoundException' THEN 'NOT_FOUND'
           WHEN 'UncategorizedDataAccessException' THEN 'DATA_ACCESS'
           WHEN 'ConfigurationException' THEN 'CONFIGURATION'
           ELSE 'UNEXPECTED_ERROR'
       END
 WHERE error_class IS NOT NULL
   AND error_class NOT IN ('HTTP_STATUS', 'SERVER_ERROR', 'RATE_LIMITED', 'TIMEOUT', 'CONNECTION_FAILED', 'TOO_LARGE',
                           'TOO_MANY_REDIRECTS', 'BLOCKED_BY_ROBOTS', 'BLOCKED_BY_ADDRESS_POLICY', 'UNSUPPORTED_CONTENT',
                           'INVALID_URL', 'MALFORMED_CONTENT', 'NO_ARTICLE', 'STORE_REJECTED', 'DATA_INTEGRITY',
                           'DUPLICATE', 'DATA_STORE_UNAVAILABLE', 'CONCURRENCY_CONFLICT', 'QUERY_TIMEOUT', 'NOT_FOUND',
                           'DATA_ACCESS', 'CONFIGURATION', 'UNEXPECTED_ERROR', 'SKIPPED', 'CANONICAL_CONFLICT');
