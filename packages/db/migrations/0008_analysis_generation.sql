-- Lets a process that keeps a case's disputes in memory see whether another process changed its claims or lexicon.
ALTER TABLE `cases` ADD `analysis_generation` integer DEFAULT 0 NOT NULL;