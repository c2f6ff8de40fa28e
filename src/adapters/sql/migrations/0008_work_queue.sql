-- The work queue reads due calls in rank order (queue/queue_rank.hpp): the strategy run
-- stores each due action's rank beside it. Placeholders as in 0001_foundation.sql.
ALTER TABLE due_actions ADD COLUMN rank_tier {bigint} NOT NULL DEFAULT 3;
ALTER TABLE due_actions ADD COLUMN rank_score {bigint} NOT NULL DEFAULT 0;
ALTER TABLE due_actions ADD COLUMN rank_why TEXT NOT NULL DEFAULT '';
CREATE INDEX due_actions_by_rank ON due_actions (channel, rank_tier, rank_score);
