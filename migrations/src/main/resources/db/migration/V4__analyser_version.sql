-- The version of the analyser that made each analysis. When an article is revised, its old
-- contribution to the corpus counts is only taken back if the same analyser version counted it;
-- after an upgrade that changes what is counted (stopwords, stemming, candidate rules) the old
-- counts stay instead of failing on keys that were never counted. Null: analysed before this
-- version, by an analyser whose version is unknown.
ALTER TABLE ${schema}.${prefix}article_analysis
    ADD COLUMN analyser_version text;
