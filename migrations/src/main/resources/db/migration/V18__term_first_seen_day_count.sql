-- Daily term counts by the day this store first saw each article, beside term_day_count (by the
-- publication day, else the first-seen day), so trends can date articles as the report and the
-- stories do by default: what was just ingested counts today, however old its publication date.
CREATE TABLE ${schema}.${prefix}term_first_seen_day_count (
    term       text    NOT NULL,
    portal_id  bigint  NOT NULL,
    day        date    NOT NULL,
    count      integer NOT NULL,
    doc_count  integer NOT NULL,
    CONSTRAINT ${prefix}term_first_seen_day_count_pk PRIMARY KEY (term, portal_id, day),
    CONSTRAINT ${prefix}term_first_seen_day_count_portal_fk FOREIGN KEY (portal_id) REFERENCES ${schema}.${prefix}portal (id) ON DELETE CASCADE,
    CONSTRAINT ${prefix}term_first_seen_day_count_counts_ck CHECK (count >= 0 AND doc_count >= 0)
);

CREATE INDEX ${prefix}term_first_seen_day_count_day_ix ON ${schema}.${prefix}term_first_seen_day_count (day);
CREATE INDEX ${prefix}term_first_seen_day_count_portal_day_ix ON ${schema}.${prefix}term_first_seen_day_count (portal_id, day);

-- Backfill what is exact. Articles' term counts are not stored one by one, only summed per
-- (term, portal, publication day); a portal's day carries over unchanged where every analysed
-- article counted on it was also first seen on it and no analysed article first seen on it was
-- published on another day. Days that mix the two are left out: those articles count by first
-- seen once they are analysed again (a new revision), not before.
WITH analysed AS (
    SELECT a.portal_id,
           (coalesce(a.published_at, a.first_seen_at) AT TIME ZONE 'UTC')::date AS published_day,
           (a.first_seen_at AT TIME ZONE 'UTC')::date AS first_seen_day
    FROM ${schema}.${prefix}article a
    JOIN ${schema}.${prefix}article_analysis x ON x.article_id = a.id
), mixed AS (
    SELECT portal_id, published_day AS day FROM analysed WHERE published_day <> first_seen_day
    UNION
    SELECT portal_id, first_seen_day FROM analysed WHERE published_day <> first_seen_day
)
INSERT INTO ${schema}.${prefix}term_first_seen_day_count (term, portal_id, day, count, doc_count)
SELECT t.term, t.portal_id, t.day, t.count, t.doc_count
FROM ${schema}.${prefix}term_day_count t
WHERE NOT EXISTS (SELECT 1 FROM mixed m WHERE m.portal_id = t.portal_id AND m.day = t.day);

-- Articles per first-seen day (trends' coverage), the report's and stories' window by first seen,
-- and export --since all range over first_seen_at.
CREATE INDEX ${prefix}article_first_seen_ix ON ${schema}.${prefix}article (first_seen_at);
