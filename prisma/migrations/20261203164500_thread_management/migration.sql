-- CreateEnum
CREATE TYPE "ThreadHistory" AS ENUM ('ALL', 'SINCE_JOIN');

-- AlterTable
ALTER TABLE "Thread" ADD COLUMN     "anyoneManages" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "history" "ThreadHistory" NOT NULL DEFAULT 'ALL';

-- AlterTable
ALTER TABLE "ThreadParticipant" ADD COLUMN     "visibleFromSeq" INTEGER NOT NULL DEFAULT 0;
