package io.newsaggregator.persistence;

import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.model.PortalId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of one search and its parameters, in order. Only table names (checked by
 * {@link PersistenceSettings}) and the constant configuration names below are spliced; the search
 * text, language and filters are always bound.
 *
 * <p>Two steps: the inner query matches, ranks and cuts to the limit using the GIN index; the
 * outer one computes {@code ts_headline}, which re-parses the text, for those rows only.
 */
record SearchStatement(String sql, List<Object> parameters) {
    /**
     * The configurations the migration's {@code ts_config} function can return. A query without a
     * language is parsed in all of them and OR-ed, which lets the GIN index on the search column
     * find candidates; each row is then checked in its own language.
     */
    static final List<String> SEARCH_CONFIGS = List.of("simple", "english", "german", "french", "spanish", "italian",
            "portuguese", "dutch", "russian", "swedish", "danish", "norwegian", "finnish", "hungarian", "romanian",
            "turkish");

    private static final String BASE_LANGUAGE = "lower(split_part(replace(coalesce(%s, ''), '_', '-'), '-', 1))";

    static SearchStatement build(SearchQuery query, TableNames names, String headlineOptions) {
        String tsConfig = names.table("ts_config");
        // a row stored but not indexed yet has no search_terms: its vector is computed here, so it is
        // found all the same; the partial index on the pending rows keeps them cheap to find
        String terms = "coalesce(a.search_terms, " + names.table("search_terms") + "(a.language, a.title, a.lead, a.body_text))";
        boolean withLanguage = query.language() != null && !query.language().isBlank();
        String rowQuery = "websearch_to_tsquery(" + tsConfig + "(a.language), p.text)";
        String match;
        String rank;
        String headlineConfig;
        if (withLanguage) {
            String languageQuery = "websearch_to_tsquery(" + tsConfig + "(p.language), p.text)";
            match = "(a.search_terms @@ " + languageQuery + " or a.search_terms is null and " + terms + " @@ " + languageQuery + ")"
                    + " and " + BASE_LANGUAGE.formatted("a.language") + " = " + BASE_LANGUAGE.formatted("p.language");
            rank = "ts_rank_cd(" + terms + ", " + languageQuery + ")";
            headlineConfig = tsConfig + "(p.language)";
        } else {
            String anyLanguage = SEARCH_CONFIGS.stream()
                    .map(config -> "websearch_to_tsquery('" + config + "'::regconfig, p.text)")
                    .collect(Collectors.joining(" || ", "(", ")"));
            match = "(a.search_terms @@ " + anyLanguage + " or a.search_terms is null) and " + terms + " @@ " + rowQuery;
            rank = "ts_rank_cd(" + terms + ", " + rowQuery + ")";
            headlineConfig = tsConfig + "(a.language)";
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(query.text());
        parameters.add(withLanguage ? query.language() : null);

        StringBuilder filters = new StringBuilder();
        if (!query.portals().isEmpty()) {
            filters.append(" and a.portal_id = any(?)");
            parameters.add(query.portals().stream().map(PortalId::value).toArray(Long[]::new));
        }
        if (query.section() != null) {
            filters.append(" and a.section = ?");
            parameters.add(query.section());
        }
        if (query.from() != null) {
            filters.append(" and coalesce(a.published_at, a.first_seen_at) >= ?");
            parameters.add(query.from());
        }
        if (query.to() != null) {
            filters.append(" and coalesce(a.published_at, a.first_seen_at) < ?");
            parameters.add(query.to());
        }
        parameters.add(query.limit());

        String headline = "ts_headline(" + headlineConfig + ", concat_ws(' ', a.lead, a.body_text),"
                + " websearch_to_tsquery(" + headlineConfig + ", p.text), '" + headlineOptions + "')";
        String sql = "with p as not materialized (select ?::text as text, ?::text as language)"
                + " select a.id, a.portal_id, a.title, a.url, a.published_at, top.rank, " + headline
                + " from (select a.id, " + rank + " as rank from " + names.article() + " a, p"
                + " where " + match + filters
                + " order by rank desc, a.id limit ?) top"
                + " join " + names.article() + " a on a.id = top.id"
                + " cross join p"
                + " order by top.rank desc, top.id";
        return new SearchStatement(sql, Collections.unmodifiableList(parameters));
    }
}
