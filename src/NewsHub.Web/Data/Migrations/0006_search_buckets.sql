-- 0006 search at a million articles: the text index's posting lists per month.
--
-- A search reads the newest matches through growing time windows (Search/ArticleSearch.cs). With one GIN index over
-- search_vector, a window's bitmap costs the WHOLE posting list of every query word, whatever the window: a common
-- word is in a third of a million articles, 15-20 ms to read before the date range can cut it down. This index keys
-- every word by the month (UTC) of the article's publication, 'kazakhstan' -> 'kazakhstan@202611', so a window reads
-- only the posting lists of the months it covers; newshub_search_buckets_queries rewrites a query the same way, one
-- query per month of a span. It replaces the plain index: the unbounded window asks every month (25 at two years). Every posting is
-- still stored once, but a month's postings lie further apart in the heap when articles are not stored in date
-- order, as in the synthetic corpus, so they compress less: 593 MB against 285 MB at a million synthetic articles.
--
-- Only a necessary condition: searches keep `search_vector @@ query` beside it, which decides. The bucket vector keeps
-- no positions (a GIN index never stores them), so the query rewrite turns phrases into AND, and uses querytree() to
-- drop negations (NOT x is not indexable: "-russia" alone matches every article of the months, via the month marker
-- '@202611' every article also carries).

-- 'YYYYMM' of a timestamp in UTC, prefixed with '@' (no lexeme the parser makes starts with '@', and a lexeme plus
-- '@YYYYMM' has a fixed-length suffix, so month keys never collide with each other or with words). Plain immutable
-- expressions, no to_char (only STABLE), so PostgreSQL can inline it.
CREATE OR REPLACE FUNCTION newshub_search_month(at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT '@' || (extract(year FROM at AT TIME ZONE 'UTC') * 100 + extract(month FROM at AT TIME ZONE 'UTC'))::int::text
$$;

-- The article's words keyed by its month, plus the month itself. Built by string functions rather than a subquery
-- (an ARRAY(SELECT … UNION ALL …) version cost 0.6 ms a call): ~0.1 ms for an article of ~130 distinct words on this
-- busy machine, against ~1.3 ms for to_tsvector of its text. Lexemes never contain control characters (they separate words), so \x01 is a safe
-- separator. A lexeme of 2,041-2,046 bytes (the parser drops longer words) would exceed the 2,047-byte limit once
-- suffixed; array_to_tsvector then stores it cut short, which can never equal a query key (queries are at most 300
-- characters; see SearchRequest.MaxQueryLength) and so only costs an index entry. Its COST tells the planner that
-- computing it on a row read from the table (instead of using the index) is dear: ~40-100 us an article.
-- (array_to_string is only STABLE, so PostgreSQL does not inline it after all; measured as it is.)
CREATE OR REPLACE FUNCTION newshub_search_buckets(vector tsvector, published_at timestamptz) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 10000 AS $$
    SELECT array_to_tsvector(string_to_array(
        array_to_string(tsvector_to_array(vector), newshub_search_month(published_at) || E'\x01')
            || newshub_search_month(published_at) || E'\x01' || newshub_search_month(published_at),
        E'\x01'))
$$;

-- The queries for the bucket vector, one per month from first_at's to last_at's (UTC, inclusive), such that every
-- article published in that span and matching `query` matches one of them: `bucket_vector @@ ANY(…)`, which the
-- bitmap index scan runs as one small index search per month. (One query ORing every month's key of every word costs
-- the GIN scan per candidate row in proportion to all those keys: 450 ms for four words over 25 months, against 45 ms
-- for 25 queries of four keys.) Built from querytree(query), the indexable part (negations removed): each word gets
-- the month's suffix, phrase operators become AND (the bucket vector keeps no positions); a query with no indexable
-- part (only negations, or a prefix, which websearch_to_tsquery never makes) becomes "any article of the month"; one
-- with no words at all matches nothing, as `search_vector @@ query` does. PL/pgSQL, so its plans are cached per
-- session: the planner folds it into a constant for every window (0.4 ms).
CREATE OR REPLACE FUNCTION newshub_search_buckets_queries(query tsquery, first_at timestamptz, last_at timestamptz) RETURNS tsquery[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    tree text := querytree(query);
    template text := '';
    token text;
    month timestamp := date_trunc('month', first_at AT TIME ZONE 'UTC');
    queries tsquery[] := '{}';
BEGIN
    IF tree = '' THEN
        RETURN ARRAY['''@'''::tsquery];
    ELSIF tree = 'T' OR tree ~ '''(:[A-D]*\*[A-D]*)' THEN
        template := '''' || chr(1) || '''';
    ELSE
        -- Tokens of the tsquery's text form: a quoted lexeme (quotes inside doubled) with its weights, a phrase
        -- operator, or a one-character operator. chr(1) marks where the month goes.
        FOR token IN SELECT m[1] FROM regexp_matches(tree, '''(?:[^'']|'''')*''(?::[A-D]+)?|<(?:-|[0-9]+)>|[&|()!]', 'g') AS m LOOP
            template := template || ' ' || CASE
                WHEN token LIKE '''%' THEN regexp_replace(token, '''(:[A-D]+)?$', '') || chr(1) || ''''
                WHEN token LIKE '<%' THEN '&'
                ELSE token END;
        END LOOP;
    END IF;
    WHILE month <= last_at AT TIME ZONE 'UTC' LOOP
        queries := queries || replace(template, chr(1), '@' || (extract(year FROM month) * 100 + extract(month FROM month))::int::text)::tsquery;
        month := month + interval '1 month';
    END LOOP;
    RETURN queries;
END $$;

CREATE INDEX IF NOT EXISTS ix_articles_search_buckets ON articles USING gin (newshub_search_buckets(search_vector, published_at));
DROP INDEX IF EXISTS ix_articles_search_vector;
