-- Story clustering: per-article signatures and the term index used to find candidate articles
-- (see src/NewsHub.Web/Stories/StoryClusterer.cs).

CREATE TABLE article_signatures (
    article_id bigint NOT NULL,
    published_at timestamp with time zone NOT NULL,
    terms text[] NOT NULL,
    weights real[] NOT NULL,
    min_hash integer[] NOT NULL,
    countries text[] NOT NULL,
    CONSTRAINT pk_article_signatures PRIMARY KEY (article_id),
    CONSTRAINT fk_article_signatures_articles_article_id FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE
);

CREATE TABLE story_term_postings (
    term character varying(64) NOT NULL,
    published_at timestamp with time zone NOT NULL,
    article_id bigint NOT NULL,
    CONSTRAINT pk_story_term_postings PRIMARY KEY (term, published_at, article_id),
    CONSTRAINT fk_story_term_postings_articles_article_id FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE
);

CREATE INDEX ix_article_signatures_published_at ON article_signatures (published_at);

CREATE INDEX ix_story_term_postings_article_id ON story_term_postings (article_id);
