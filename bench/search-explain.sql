-- The statements src/NewsHub.Web/Search/ArticleSearch.cs runs for one search, for bench/run.sh (which drives the
-- window loop as ArticleSearch does and EXPLAINs each statement). psql variables:
--   explain   'EXPLAIN (ANALYZE, BUFFERS)' or empty (then the statement's rows are printed)
--   step_newest, step_headline   true for the one statement wanted, false for the other
--   ranked    true when the search is ordered by relevance (step newest)
--   bitmap    off for the first window, on for the others (step newest)
--   q         the query text (empty = none)
--   region, country, source_id, date_from, date_to, lower   SQL literals, NULL when not given ('central-asia',
--             '2026-01-01 00:00+00'): typed constants, as ArticleSearch's parameters are, so PostgreSQL folds the unused
--             conditions away before planning. date_to is the day after "to"; lower is the window's start.
--   ids       '{…}' the page's article ids                   (step headline)
-- Each psql run is a new session; ArticleSearch's are pooled connections whose catalogue caches, text search
-- dictionaries and unaccent rules are loaded. Warm them first (8 ms of planning otherwise), untimed.
\o /dev/null
SELECT ts_headline('english', newshub_unaccent('warm'), websearch_to_tsquery('english', newshub_unaccent('warm')));
EXPLAIN SELECT 1 FROM articles a WHERE a.status = 'Published' AND a.search_vector @@ 'warm'::tsquery AND a.published_at >= now()
    AND a.source_id = 1 AND a.id = ANY('{1}') ORDER BY a.published_at DESC, a.id DESC;
EXPLAIN SELECT 1 FROM article_regions t JOIN article_countries c USING (article_id) WHERE t.region_slug = 'x' AND c.country_code = 'x';
\o

\if :step_newest
-- As ArticleSearch sets them in its transaction: exact bitmaps, and no text-index bitmap in the first window.
SET work_mem = '32MB';
SET enable_bitmapscan = :bitmap;
-- ArticleSearch.NewestMatchesSql: the newest 1,001 matches in one time window, ranked when :ranked is true.
:explain
SELECT a.id AS "Id",
       CASE WHEN :ranked THEN ts_rank_cd(a.search_vector, websearch_to_tsquery('english', newshub_unaccent(:'q')), 32)
                          / (1 + extract(epoch FROM (now() - a.published_at)) / 2592000.0)
            ELSE 0 END AS "Rank"
FROM articles a
WHERE a.status = 'Published'
  AND (:'q'::text = '' OR a.search_vector @@ websearch_to_tsquery('english', newshub_unaccent(:'q')))
  AND (:region::text IS NULL OR EXISTS (SELECT 1 FROM article_regions t WHERE t.article_id = a.id AND t.region_slug = :region AND NOT t.suppressed))
  AND (:country::text IS NULL OR EXISTS (SELECT 1 FROM article_countries t WHERE t.article_id = a.id AND t.country_code = :country AND NOT t.suppressed))
  AND (:source_id::integer IS NULL OR a.source_id = :source_id)
  AND (:date_from::timestamptz IS NULL OR a.published_at >= :date_from)
  AND (:date_to::timestamptz IS NULL OR a.published_at < :date_to)
  AND (:lower::timestamptz IS NULL OR a.published_at >= :lower)
ORDER BY a.published_at DESC, a.id DESC
LIMIT 1001;
\endif

\if :step_headline
-- ArticleSearch.SnippetsAsync: highlighted snippets for the page.
:explain
SELECT a.id AS "Id", ts_headline('english', left(coalesce(nullif(a.body_text, ''), a.summary, a.title), 20000),
                   websearch_to_tsquery('english', newshub_unaccent(:'q')),
                   'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=40, MinWords=18, MaxFragments=2, FragmentDelimiter=" … "') AS "Text"
FROM articles a WHERE a.id = ANY(:'ids'::bigint[]);
\endif
