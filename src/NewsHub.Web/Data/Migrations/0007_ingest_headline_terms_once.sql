-- Batch ingestion (Ingestion/ArticleStore.SaveNewAsync) inserts the headline words of a whole batch into search_terms
-- itself, committed in one sorted statement before the articles (so that two writers never deadlock on them). The row
-- trigger then ran newshub_headline_terms (a regex and unaccent per word) over every title again only to find each
-- word already there: ~0.3 ms of PostgreSQL time per article. The transaction that inserts such a batch sets
-- newshub.headline_terms_stored to 'on' for itself alone (set_config(..., true)), and the trigger skips its rows.
-- Every other writer (EF inserts, title updates, the seeder once re-enabled) is unchanged.
DROP TRIGGER IF EXISTS trg_articles_search_terms ON articles;

CREATE TRIGGER trg_articles_search_terms
    AFTER INSERT OR UPDATE OF title ON articles
    FOR EACH ROW
    WHEN (current_setting('newshub.headline_terms_stored', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION newshub_collect_search_terms();
