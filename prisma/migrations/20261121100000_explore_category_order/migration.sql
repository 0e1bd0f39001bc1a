-- /explore with a category filter: one index per sort, led by (visibility, categoryId), so a page
-- is read in order from the index and LIMIT stops the scan early, instead of walking the sort
-- index over every category. They replace the (visibility, categoryId) index, their prefix.
DROP INDEX "Server_visibility_categoryId_idx";

-- CreateIndex
CREATE INDEX "Server_visibility_categoryId_memberCount_id_idx" ON "Server"("visibility", "categoryId", "memberCount" DESC, "id");

-- CreateIndex
CREATE INDEX "Server_visibility_categoryId_lastActivityAt_id_idx" ON "Server"("visibility", "categoryId", "lastActivityAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Server_visibility_categoryId_createdAt_id_idx" ON "Server"("visibility", "categoryId", "createdAt" DESC, "id");

-- Finer statistics for searchText: the planner estimates how many servers a LIKE '%word%' matches
-- from its histogram, and with the default 100 entries it took common words for rare ones (and
-- chose a bitmap scan of thousands of rows over reading the sort index until the page is full).
ALTER TABLE "Server" ALTER COLUMN "searchText" SET STATISTICS 1000;
