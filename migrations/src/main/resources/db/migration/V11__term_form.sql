-- How the counted terms were written: the occurrences of each stemmed term (or phrase key) of
-- term_day_count per way of writing it, summed over the articles that counted it, so trends and
-- stories show a term as its most frequent written form ("became", not the stem "becam").
-- Taking a revised article's counts back takes its forms back too; a form back at zero is deleted.
CREATE TABLE ${schema}.${prefix}term_form (
    term   text   NOT NULL,
    text   text   NOT NULL,
    count  bigint NOT NULL,
    CONSTRAINT ${prefix}term_form_pk PRIMARY KEY (term, text),
    CONSTRAINT ${prefix}term_form_count_ck CHECK (count >= 0)
);
