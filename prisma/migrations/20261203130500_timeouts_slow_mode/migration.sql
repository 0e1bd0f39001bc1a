-- AlterTable
ALTER TABLE "ServerMember" ADD COLUMN "timedOutUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Channel" ADD COLUMN "slowModeSeconds" INTEGER NOT NULL DEFAULT 0;
