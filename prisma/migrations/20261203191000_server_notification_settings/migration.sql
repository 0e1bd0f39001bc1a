-- A channel's level may now be left to its server ("use server default"): null. Rows saying ALL
-- were made when ALL was the only default (a mute, or a level set back): they become null.
ALTER TABLE "NotificationSetting" ALTER COLUMN "level" DROP NOT NULL,
ALTER COLUMN "level" DROP DEFAULT;

UPDATE "NotificationSetting" SET "level" = NULL WHERE "level" = 'ALL';

-- CreateTable
CREATE TABLE "ServerNotificationSetting" (
    "userId" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "level" "NotifyLevel" NOT NULL DEFAULT 'ALL',
    "mutedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServerNotificationSetting_pkey" PRIMARY KEY ("userId","serverId")
);

-- CreateIndex
CREATE INDEX "ServerNotificationSetting_serverId_idx" ON "ServerNotificationSetting"("serverId");

-- AddForeignKey
ALTER TABLE "ServerNotificationSetting" ADD CONSTRAINT "ServerNotificationSetting_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServerNotificationSetting" ADD CONSTRAINT "ServerNotificationSetting_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "Server"("id") ON DELETE CASCADE ON UPDATE CASCADE;
